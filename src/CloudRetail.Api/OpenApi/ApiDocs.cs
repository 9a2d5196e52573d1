namespace CloudRetail.Api.OpenApi;

/// <summary>The OpenAPI document and Swagger UI, for developers. In their own methods so that a host
/// without them (Production, unless API_DOCS is true) never loads their assemblies at start-up.</summary>
internal static class ApiDocs
{
    public static IServiceCollection AddApiDocs(this IServiceCollection services) =>
        services.AddOpenApi(options => options.AddDocumentTransformer<BearerSecurityScheme>()
            .AddOperationTransformer<BearerSecurityScheme>().AddOperationTransformer<RequestBodyExamples>());

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
