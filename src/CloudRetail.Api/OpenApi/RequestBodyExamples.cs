using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CloudRetail.Api.OpenApi;

/// <summary>Gives every JSON request body an example a developer can send from Swagger UI as it
/// is: each passes its endpoint's validation (a test holds every example to that). The payment body's
/// example depends on the running provider, so the Payments module gives it (PaymentsApiDocs).</summary>
internal sealed class RequestBodyExamples : IOpenApiOperationTransformer
{
    /// <summary>By request type name: one example serves every endpoint that takes the type.</summary>
    public static readonly IReadOnlyDictionary<string, string> ByRequestType = new Dictionary<string, string>
    {
        ["RegisterRequest"] = """{"email":"user@example.com","password":"SecurePass123"}""",
        ["LoginRequest"] = """{"email":"admin@cloudretail.example","password":"LocalAdmin123"}""",
        ["ConfirmRequest"] = """{"email":"user@example.com","code":"123456"}""",
        ["EmailRequest"] = """{"email":"user@example.com"}""",
        ["RefreshRequest"] = """{"refreshToken":"eyJjdHkiOiJKV1QiLCJlbmMiOi...","userId":"5347073a-bad9-4c1e-9f00-2f8f2b7d6a10"}""",
        ["ResetPasswordRequest"] = """{"email":"user@example.com","code":"123456","password":"NewSecurePass123"}""",
        ["CreateProductRequest"] = """{"productId":"P100","name":"Wireless Mouse","category":"Electronics","price":29.99,"currency":"USD"}""",
        ["UpdateProductRequest"] = """{"name":"Wireless Mouse","category":"Electronics","price":24.99,"currency":"USD"}""",
        ["ImageUploadRequest"] = """{"contentType":"image/png","contentLength":48213}""",
        ["SetStockRequest"] = """{"availableQty":100,"reason":"annual stock count"}""",
        ["AdjustStockRequest"] = """{"qty":-2,"reason":"damaged in the warehouse"}""",
        ["AddCartItemRequest"] = """{"productId":"P001","qty":2}""",
        ["UpdateCartItemRequest"] = """{"qty":3}""",
        ["CheckoutRequest"] = """{"addressId":"A-3f1c2a9e-8b7d-4c6e-9a5b-1d2e3f4a5b6c","shippingMethodId":"standard","discountCode":"WELCOME10","acceptedTotal":149.48}""",
        ["QuoteRequest"] = """{"addressId":"A-3f1c2a9e-8b7d-4c6e-9a5b-1d2e3f4a5b6c","shippingMethodId":"standard","discountCode":"WELCOME10"}""",
        ["PostalAddress"] = """{"name":"Ada Lovelace","line1":"1 Main Street","line2":"Apt 4","city":"Seattle","region":"WA","postalCode":"98101","country":"US","phone":"+1 206 555 0100"}""",
        ["ShippingMethodRequest"] = """{"shippingMethodId":"standard","name":"Standard delivery","price":7.99,"currency":"USD","countries":["US","CA"],"freeAbove":100,"minDays":3,"maxDays":5,"active":true,"requiresAddress":true}""",
        ["TaxRateRequest"] = """{"country":"US","region":"WA","name":"WA sales tax","percent":6.5}""",
        ["DiscountCodeRequest"] = """{"code":"WELCOME10","kind":"PERCENT","value":10,"redemptionLimit":1000,"perShopperLimit":1,"active":true}""",
        ["ShipOrderRequest"] = """{"trackingNumber":"1Z999AA10123456784"}""",
        ["StaffCancelRequest"] = """{"reason":"the courier cannot reach the address"}""",
        ["RefundOrderRequest"] = """{"reason":"one mug arrived broken","lines":[{"productId":"P001","qty":1}]}""",
        ["RequestReturnRequest"] = """{"lines":[{"productId":"P001","quantity":1}],"reason":"the mug arrived chipped"}""",
        ["RejectReturnRequest"] = """{"reason":"returned after the 30-day window"}""",
        ["ReceiveReturnRequest"] = """{"lines":[{"productId":"P001","disposition":"BACK_TO_STOCK"}]}""",
        ["OrderConfirmedRequest"] = """{"email":"user@example.com","userId":"5347073a-bad9-4c1e-9f00-2f8f2b7d6a10","orderId":"O-1001","amount":149.48,"currency":"USD","items":[{"name":"Wireless Mouse","qty":2,"price":29.99},{"name":"Mechanical Keyboard","qty":1,"price":89.50}]}""",
        ["PaymentFailedRequest"] = """{"email":"user@example.com","userId":"5347073a-bad9-4c1e-9f00-2f8f2b7d6a10","orderId":"O-1001"}""",
        ["PaymentEvent"] = """{"id":"evt_7Hc2","type":"payment.succeeded","paymentId":"PAY-3f1c2a9e-8b7d-4c6e-9a5b-1d2e3f4a5b6c"}""",
        ["WelcomeRequest"] = """{"email":"user@example.com","userId":"user@example.com"}""",
    };

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var body = context.Description.ParameterDescriptions.FirstOrDefault(p => p.Source == BindingSource.Body);
        if (body is not null && ByRequestType.TryGetValue(body.Type.Name, out var example)
            && operation.RequestBody?.Content?.TryGetValue("application/json", out var json) == true)
        {
            json.Example = JsonNode.Parse(example);
        }
        return Task.CompletedTask;
    }
}
