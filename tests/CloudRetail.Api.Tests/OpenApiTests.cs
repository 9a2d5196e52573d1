using System.Net;
using CloudRetail.Api.Tests.Infrastructure;

namespace CloudRetail.Api.Tests;

[Collection(ShopApiCollection.Name)]
public sealed class OpenApiTests(ShopApi shop)
{
    [Fact]
    public async Task The_openapi_document_lists_every_module_and_the_bearer_scheme()
    {
        var document = await shop.Client.GetJsonAsync("/openapi/v1.json");

        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToList();
        foreach (var path in new[] { "/api/health", "/api/auth/login", "/api/products", "/api/inventory/{productId}", "/api/cart/items", "/api/orders/checkout", "/api/payments", "/api/notifications" })
        {
            Assert.Contains(path, paths);
        }
        Assert.Equal("bearer", (string?)document["components"]!["securitySchemes"]!["Bearer"]!["scheme"]);
    }

    [Fact]
    public async Task Swagger_ui_is_served()
    {
        Assert.Equal(HttpStatusCode.OK, (await shop.Client.GetAsync("/swagger/index.html")).StatusCode);
    }
}
