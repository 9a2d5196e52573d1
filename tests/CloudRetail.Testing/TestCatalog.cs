using System.Net;

namespace CloudRetail.Testing;

/// <summary>Products of the test's own, with fresh ids, so tests never share data.</summary>
public static class TestCatalog
{
    public static string NewProductId() => $"T-{Guid.NewGuid():N}"[..24];

    /// <summary>Creates (and stocks) a product; <paramref name="client"/> must be signed in as the admin.</summary>
    public static async Task<string> CreateProductAsync(this HttpClient client, decimal price = 10.00m, string category = "Test", int? stock = null, string currency = "USD")
    {
        var productId = NewProductId();
        var created = await client.PostJsonAsync("/api/products", new { productId, name = $"Product {productId}", category, price, currency });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        if (stock is not null)
        {
            var stocked = await client.PutJsonAsync($"/api/inventory/{productId}", new { availableQty = stock, reason = "test stock" });
            Assert.Equal(HttpStatusCode.OK, stocked.StatusCode);
        }
        return productId;
    }
}
