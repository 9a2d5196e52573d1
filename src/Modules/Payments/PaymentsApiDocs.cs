using CloudRetail.Payments.Endpoints;
using Microsoft.AspNetCore.OpenApi;

namespace CloudRetail.Payments;

/// <summary>What the Payments module adds to the OpenAPI document. A class of its own, so that a host
/// without API docs never loads the OpenAPI assembly by touching <see cref="PaymentsModule"/>.</summary>
public static class PaymentsApiDocs
{
    /// <summary>Describes POST /api/payments' body as the running provider takes it.</summary>
    public static OpenApiOptions AddPaymentBodyByProvider(this OpenApiOptions options) =>
        options.AddSchemaTransformer<PayOrderDocs>().AddOperationTransformer<PayOrderDocs>();
}
