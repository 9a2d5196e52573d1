using CloudRetail.Payments.Domain;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Payments.Endpoints;

internal sealed record ProviderView(PaymentProviderKind Provider);

internal static class GetProvider
{
    /// <summary>Which body <c>POST /api/payments</c> takes here, for the storefront to show the right form.</summary>
    public static Ok<ProviderView> Handle(PaymentsOptions options) => TypedResults.Ok(new ProviderView(options.Provider));
}
