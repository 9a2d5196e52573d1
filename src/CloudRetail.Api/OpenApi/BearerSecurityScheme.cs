using CloudRetail.BuildingBlocks.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CloudRetail.Api.OpenApi;

/// <summary>Describes the Cognito access token in the OpenAPI document and requires it only on the
/// operations that do: Swagger UI then shows a lock and sends the token on those, and none on health,
/// catalog reads, register or login. Those operations may answer 401 (no or bad token), and those behind
/// the admin policy 403 (a customer's token); the bodies are filled in by <see cref="ProblemResponses"/>.</summary>
internal sealed class BearerSecurityScheme : IOpenApiDocumentTransformer, IOpenApiOperationTransformer
{
    private const string Scheme = "Bearer";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[Scheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "The accessToken from POST /api/auth/login.",
        };
        return Task.CompletedTask;
    }

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any())
        {
            operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Scheme, context.Document)] = [] }];
            operation.Responses ??= [];
            operation.Responses.TryAdd("401", new OpenApiResponse());
            if (metadata.OfType<IAuthorizeData>().Any(a => a.Policy == ShopPolicies.Admin))
            {
                operation.Responses.TryAdd("403", new OpenApiResponse());
            }
        }
        return Task.CompletedTask;
    }
}
