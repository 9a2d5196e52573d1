using Microsoft.OpenApi;

namespace CloudRetail.Api.OpenApi;

/// <summary>The one error body (RFC 9457 problem+json) every 4xx and 5xx of the API answers with. The
/// extensions a client acts on are named; others may appear (additionalProperties), each explained by
/// the operation that sends it.</summary>
internal static class ProblemSchema
{
    public static OpenApiSchema Create() => new()
    {
        Type = JsonSchemaType.Object,
        Description = "An error as application/problem+json. Show `message` to the shopper; quote `requestId` when reporting a fault.",
        Required = new HashSet<string> { "status", "message" },
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = Text("A URI reference naming the kind of problem (RFC 9457)."),
            ["title"] = Text("A short, general summary of the kind of problem."),
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Description = "The HTTP status code." },
            ["detail"] = Text("What went wrong with this request; the same text as `message`."),
            ["instance"] = Text("A URI reference for this occurrence."),
            ["message"] = Text("What went wrong, in words a shopper can be shown (the original API's field, kept for its clients)."),
            ["requestId"] = Text("The id of this request, also sent as the X-Request-Id header and written in the server's log."),
            ["traceId"] = Text("The W3C trace id of this request."),
            ["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "On a 400: each bad field (as named in the JSON) with what is wrong with it.",
                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
            },
            ["retryAfterSeconds"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Description = "On a 429: the seconds to wait, as in the Retry-After header." },
            ["productId"] = Text("The product the refusal is about (out of stock, not in the cart, already exists)."),
            ["availableQty"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Description = "On an out-of-stock 409: the units that can still be had." },
            ["requestedQty"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Description = "On an out-of-stock 409: the units asked for." },
            ["orderId"] = Text("The order the refusal is about."),
            ["orderStatus"] = Text("On a 409 about an order: the status it is in now."),
            ["error"] = new OpenApiSchema
            {
                Type = JsonSchemaType.String | JsonSchemaType.Null,
                Description = "The sign-in or e-mail service's own error, when it caused the refusal.",
            },
        },
        AdditionalPropertiesAllowed = true,
    };

    private static OpenApiSchema Text(string description) => new() { Type = JsonSchemaType.String, Description = description };
}
