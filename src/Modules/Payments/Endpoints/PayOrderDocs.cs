using System.Text.Json.Nodes;
using CloudRetail.BuildingBlocks.Naming;
using CloudRetail.Payments.Domain;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace CloudRetail.Payments.Endpoints;

/// <summary>
/// POST /api/payments takes one body per provider, and a server runs exactly one (PAYMENT_PROVIDER).
/// The document describes the body this server accepts, with every field it needs required, so a
/// generated client has one schema to send instead of a union it cannot choose from. The other
/// providers' bodies are named in the description; GET /api/payments/provider says which one runs.
/// </summary>
internal sealed class PayOrderDocs : IOpenApiSchemaTransformer, IOpenApiOperationTransformer
{
    private const string OrderId = "O-3f1c2a9e-8b7d-4c6e-9a5b-1d2e3f4a5b6c";

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonTypeInfo.Type != typeof(PayOrderRequest))
        {
            return Task.CompletedTask;
        }
        var provider = Provider(context.ApplicationServices);
        schema.Description = $"The body this server's payment provider, {provider.Name()}, accepts. " +
            "Other providers take other bodies: MOCK {orderId, status}, COD {orderId}, CARD_SIMULATOR {orderId, cardNumber}; " +
            "a field the running provider does not take is refused (400) by name.";
        schema.Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["orderId"] = new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1, MaxLength = 64, Description = "The PENDING order to pay (O-<uuid>)." },
        };
        schema.Required = new HashSet<string> { "orderId" };
        switch (provider)
        {
            case PaymentProviderKind.Mock:
                schema.Properties["status"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.String,
                    Enum = PaymentStatuses.MockOutcomes.Select(outcome => (JsonNode)JsonValue.Create(outcome.Name())).ToList(),
                    Description = "The outcome the mock provider reports: SUCCESS confirms the order, FAILED cancels it.",
                };
                schema.Required.Add("status");
                break;
            case PaymentProviderKind.CardSimulator:
                schema.Properties["cardNumber"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.String,
                    Pattern = "^[0-9 ]+$",
                    Description = $"12 to 19 digits, spaces allowed. {TestCards.Succeeds} succeeds; any other number is declined.",
                };
                schema.Required.Add("cardNumber");
                break;
        }
        return Task.CompletedTask;
    }

    /// <summary>An example the running provider accepts, for Swagger UI's "Try it out".</summary>
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.ParameterDescriptions.Any(p => p.Type == typeof(PayOrderRequest))
            && operation.RequestBody?.Content?.TryGetValue("application/json", out var json) == true)
        {
            json.Example = Provider(context.ApplicationServices) switch
            {
                PaymentProviderKind.Mock => new JsonObject { ["orderId"] = OrderId, ["status"] = PaymentStatus.Success.Name() },
                PaymentProviderKind.CardSimulator => new JsonObject { ["orderId"] = OrderId, ["cardNumber"] = "4242 4242 4242 4242" },
                _ => new JsonObject { ["orderId"] = OrderId },
            };
        }
        return Task.CompletedTask;
    }

    private static PaymentProviderKind Provider(IServiceProvider services) => services.GetRequiredService<PaymentsOptions>().Provider;
}
