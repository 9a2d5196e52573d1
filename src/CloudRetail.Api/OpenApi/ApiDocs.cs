using CloudRetail.Payments;

namespace CloudRetail.Api.OpenApi;

/// <summary>The OpenAPI document and Swagger UI, for developers. In their own methods so that a host
/// without them (Production, unless API_DOCS is true) never loads their assemblies at start-up.</summary>
internal static class ApiDocs
{
    public static IServiceCollection AddApiDocs(this IServiceCollection services) =>
        services.AddOpenApi(options => options
            .AddDocumentTransformer<DocumentOverview>()
            .AddDocumentTransformer<BearerSecurityScheme>()
            .AddDocumentTransformer<ProblemResponses>()
            // 401/403 first, so that the problem bodies are given to them too.
            .AddOperationTransformer<BearerSecurityScheme>()
            .AddOperationTransformer<IdempotencyKeyParameter>()
            .AddOperationTransformer<ProblemResponses>()
            .AddOperationTransformer<RequestBodyExamples>()
            .AddSchemaTransformer<RequiredRequestFields>()
            .AddPaymentBodyByProvider());

    public static WebApplication UseApiDocs(this WebApplication app)
    {
        app.MapOpenApi();
        app.UseSwaggerUI(options =>
        {
            options.SwaggerEndpoint("/openapi/v1.json", "CloudRetail API");
            options.DocumentTitle = "CloudRetail API";
        });
        return app;
    }
}
