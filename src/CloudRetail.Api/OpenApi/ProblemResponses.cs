using CloudRetail.BuildingBlocks.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CloudRetail.Api.OpenApi;

/// <summary>
/// Every error answer in the document is the one <c>Problem</c> schema under application/problem+json,
/// and every operation lists the errors any endpoint of its kind can give: 400 when it reads a body,
/// a route value or a query, 413/415 for a body, 503 with Retry-After when a dependency it calls is
/// down. (401/403 come from <see cref="BearerSecurityScheme"/>; 404/409 and the like are declared by
/// each module next to its endpoint.) Cross-cutting, so one transformer rather than a line on every endpoint.
/// </summary>
internal sealed class ProblemResponses : IOpenApiDocumentTransformer, IOpenApiOperationTransformer
{
    public const string SchemaName = "Problem";

    private static readonly Dictionary<string, string> Meanings = new()
    {
        ["400"] = "The request is malformed or breaks a rule: `message` says what, `errors` names each bad field.",
        ["401"] = "No access token, or one that is expired or not valid: sign in (POST /api/auth/login) and send `Authorization: Bearer <accessToken>`.",
        ["403"] = "Signed in but not allowed: the operation is for shop staff (Cognito group `admin`), or the account must confirm its e-mail first.",
        ["404"] = "Not found: it does not exist, or it belongs to someone else.",
        ["409"] = "Refused by the current state (stock, the order's status, a concurrent change, an Idempotency-Key still in progress): `message` says which.",
        ["413"] = "The body is larger than 64 KB.",
        ["415"] = "The body must be sent as application/json.",
        ["422"] = "This Idempotency-Key was already used with a different request body.",
        ["429"] = "Too many requests: wait the `Retry-After` seconds, then try again.",
        ["500"] = "The server is misconfigured or hit a bug; `requestId` helps the operator find it.",
        ["502"] = "A service behind the shop (Cognito, SES) refused or failed the request.",
        ["503"] = "A service the shop depends on (DynamoDB, S3, Cognito's signing keys) is unreachable: retry after `Retry-After` seconds.",
    };

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        operation.Responses ??= [];
        var readsInput = operation.RequestBody is not null || operation.Parameters is { Count: > 0 };
        if (readsInput)
        {
            operation.Responses.TryAdd("400", new OpenApiResponse());
        }
        if (operation.RequestBody is not null)
        {
            operation.Responses.TryAdd("413", new OpenApiResponse());
            operation.Responses.TryAdd("415", new OpenApiResponse());
        }
        if (!context.Description.ActionDescriptor.EndpointMetadata.OfType<CallsNoDependency>().Any())
        {
            operation.Responses.TryAdd("503", new OpenApiResponse());
        }
        foreach (var (status, response) in operation.Responses.Where(r => r.Key[0] is '4' or '5').ToList())
        {
            operation.Responses[status] = Problem(status, context.Document!);
        }
        return Task.CompletedTask;
    }

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        // The framework's own ProblemDetails schemas are replaced by Problem in every response.
        document.Components.Schemas.Remove("ProblemDetails");
        document.Components.Schemas.Remove("HttpValidationProblemDetails");
        document.Components.Schemas[SchemaName] = ProblemSchema.Create();
        return Task.CompletedTask;
    }

    private static OpenApiResponse Problem(string status, OpenApiDocument document)
    {
        var response = new OpenApiResponse
        {
            Description = Meanings.GetValueOrDefault(status, "An error; `message` says what went wrong."),
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference(SchemaName, document) },
            },
        };
        if (status is "429" or "503")
        {
            response.Headers = new Dictionary<string, IOpenApiHeader>
            {
                ["Retry-After"] = new OpenApiHeader
                {
                    Description = "Seconds to wait before trying again.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "1" },
                },
            };
        }
        return response;
    }
}
