using CloudRetail.BuildingBlocks.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CloudRetail.Api.OpenApi;

/// <summary>The document's front page: what the API is, one described tag per module (each module
/// states its own description with <see cref="ApiDescriptions.WithTag"/>), and the server it was read from.</summary>
internal sealed class DocumentOverview : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "CloudRetail API";
        document.Info.Description =
            "The shop's HTTP API: catalog, stock, carts, checkout, payments, e-mail and sign-in. Sign in with POST /api/auth/login "
            + "and send the access token as `Authorization: Bearer <accessToken>` on operations with a lock. Every error is "
            + "application/problem+json (the `Problem` schema) with a `message` to show. POST /api/orders/checkout and "
            + "POST /api/payments honour an `Idempotency-Key` header.";
        var descriptions = context.DescriptionGroups
            .SelectMany(group => group.Items)
            .SelectMany(api => api.ActionDescriptor.EndpointMetadata.OfType<ApiTag>())
            .DistinctBy(tag => tag.Name)
            .ToDictionary(tag => tag.Name, tag => tag.Description);
        var names = (document.Tags?.Select(tag => tag.Name!) ?? []).Concat(descriptions.Keys).Distinct();
        document.Tags = new HashSet<OpenApiTag>(
            names.Select(name => new OpenApiTag { Name = name, Description = descriptions.GetValueOrDefault(name) }));
        // The request's own address, without the trailing slash that would double the paths' leading one.
        foreach (var server in document.Servers ?? new List<OpenApiServer>())
        {
            server.Url = server.Url?.TrimEnd('/');
        }
        return Task.CompletedTask;
    }
}
