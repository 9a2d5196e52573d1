using System.Globalization;
using System.Net;
using Amazon.DynamoDBv2.Model;
using CloudRetail.Api.Tests.Infrastructure;

namespace CloudRetail.Api.Tests.Catalog;

/// <summary>Products written before the search index (an older deployment's catalog) become searchable
/// through the staff's rebuild, page by page, and rebuilding again changes nothing.</summary>
[Collection(ShopApiCollection.Name)]
public sealed class SearchIndexRebuildTests(ShopApi shop)
{
    [Fact]
    public async Task The_rebuild_makes_products_written_before_the_index_searchable_and_running_it_again_changes_nothing()
    {
        var admin = await shop.AdminClientAsync();
        var word = SearchIndexTests.NewWord(12);
        var legacy = new[] { TestCatalog.NewProductId(), TestCatalog.NewProductId(), TestCatalog.NewProductId() };
        foreach (var productId in legacy)
        {
            await WriteAsBeforeTheIndexAsync(productId, $"{word} Teapot", "Kitchen");
        }
        Assert.Empty(await SearchAsync(word));

        var first = await RebuildAsync(admin);
        var found = await SearchAsync($"{word} teap");
        var second = await RebuildAsync(admin);

        Assert.Equal(legacy.Order(StringComparer.Ordinal), found);
        Assert.True(first >= legacy.Length, $"indexed {first}");
        Assert.True(second >= legacy.Length, $"indexed {second}");
        Assert.Equal(legacy.Order(StringComparer.Ordinal), await SearchAsync($"{word} teap"));
        var product = await shop.Client.GetJsonAsync($"/api/products/{legacy[0]}");
        Assert.Equal($"{word} Teapot", (string)product["name"]!);
        Assert.Equal(4.5m, (decimal)product["price"]!);
    }

    [Fact]
    public async Task A_product_rebuilt_and_then_renamed_keeps_no_terms_of_its_old_name()
    {
        var admin = await shop.AdminClientAsync();
        var (oldWord, newWord) = (SearchIndexTests.NewWord(12), SearchIndexTests.NewWord(12));
        var productId = TestCatalog.NewProductId();
        await WriteAsBeforeTheIndexAsync(productId, $"{oldWord} Kettle", "Kitchen");

        // Renaming a product written before the index writes its new terms; it had no old ones.
        Assert.Equal(HttpStatusCode.OK, (await admin.PutJsonAsync($"/api/products/{productId}", new { name = $"{newWord} Kettle", category = "Kitchen", price = 4m, currency = "USD" })).StatusCode);
        await RebuildAsync(admin);

        Assert.Empty(await SearchAsync(oldWord));
        Assert.Equal([productId], await SearchAsync(newWord));
    }

    [Fact]
    public async Task The_rebuild_is_for_staff_and_refuses_a_cursor_it_did_not_hand_out()
    {
        var (customer, _, _) = await shop.NewCustomerAsync();
        var admin = await shop.AdminClientAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, (await shop.Client.PostAsync("/api/admin/products/search-index", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await customer.PostAsync("/api/admin/products/search-index", null)).StatusCode);
        var problem = await (await admin.PostAsync("/api/admin/products/search-index?nextToken=forged", null)).ProblemAsync(400);
        Assert.NotNull(problem["errors"]!["nextToken"]);
    }

    /// <summary>The item as the catalog wrote it before the index: no revision, no index items.</summary>
    private async Task WriteAsBeforeTheIndexAsync(string productId, string name, string category) =>
        await shop.DynamoDb.PutItemAsync(new PutItemRequest
        {
            TableName = "cloudretail-products",
            Item = new()
            {
                ["productId"] = new AttributeValue(productId),
                ["name"] = new AttributeValue(name),
                ["category"] = new AttributeValue(category),
                ["price"] = new AttributeValue { N = "4.5" },
                ["currency"] = new AttributeValue("USD"),
                ["createdAt"] = new AttributeValue(DateTimeOffset.UtcNow.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)),
            },
        });

    /// <summary>Every page of the rebuild; how many products it indexed.</summary>
    private static async Task<int> RebuildAsync(HttpClient admin)
    {
        var indexed = 0;
        string? cursor = null;
        do
        {
            var response = await admin.PostAsync($"/api/admin/products/search-index?limit=100{(cursor is null ? "" : "&nextToken=" + Uri.EscapeDataString(cursor))}", null);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await response.JsonAsync();
            indexed += (int)page["indexed"]!;
            cursor = (string?)page["nextToken"];
        }
        while (cursor is not null);
        return indexed;
    }

    private async Task<List<string>> SearchAsync(string q) =>
        (await shop.Client.AllPagesAsync($"/api/products?q={Uri.EscapeDataString(q)}")).Select(p => (string)p["productId"]!).ToList();
}
