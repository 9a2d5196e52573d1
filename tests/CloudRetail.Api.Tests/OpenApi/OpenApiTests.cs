using System.Net;
using CloudRetail.Api.Tests.Infrastructure;

namespace CloudRetail.Api.Tests.OpenApi;

[Collection(ShopApiCollection.Name)]
public sealed class OpenApiTests(ShopApi shop)
{
    /// <summary>Where ./test.sh wants the served document, to lint it with Redocly after the tests.</summary>
    public const string DumpSetting = "OPENAPI_DOCUMENT";

    [Fact]
    public async Task The_openapi_document_lists_every_module_and_the_bearer_scheme()
    {
        var document = await shop.Client.GetJsonAsync("/openapi/v1.json");

        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToList();
        foreach (var path in new[] { "/api/health", "/api/auth/login", "/api/products", "/api/inventory/{productId}", "/api/cart/items", "/api/orders/checkout", "/api/payments", "/api/notifications", "/api/admin/customers" })
        {
            Assert.Contains(path, paths);
        }
        Assert.Equal("bearer", (string?)document["components"]!["securitySchemes"]!["Bearer"]!["scheme"]);
    }

    [Fact]
    public async Task The_served_document_is_written_where_the_lint_step_reads_it()
    {
        var response = await shop.Client.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("{", text.TrimStart(), StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable(DumpSetting) is { Length: > 0 } path)
        {
            await File.WriteAllTextAsync(path, text);
        }
    }

    [Fact]
    public async Task Swagger_ui_is_served()
    {
        Assert.Equal(HttpStatusCode.OK, (await shop.Client.GetAsync("/swagger/index.html")).StatusCode);
    }
}
