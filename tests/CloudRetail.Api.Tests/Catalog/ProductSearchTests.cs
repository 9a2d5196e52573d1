using CloudRetail.Api.Tests.Infrastructure;

namespace CloudRetail.Api.Tests.Catalog;

[Collection(ShopApiCollection.Name)]
[Trait(ShippedBinary.Category, ShippedBinary.Runs)]
public sealed class ProductSearchTests(ShopApi shop)
{
    [Fact]
    public async Task Search_matches_words_of_name_and_category_in_any_case_within_a_category_and_pages()
    {
        var admin = await shop.AdminClientAsync();
        var word = $"Zq{Guid.NewGuid():N}"[..12];
        var category = $"Cat{Guid.NewGuid():N}"[..12];
        var matching = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            matching.Add(await CreateAsync(admin, $"{word} Lamp {i}", category));
        }
        var otherCategory = await CreateAsync(admin, $"{word} Lamp other", "Elsewhere");
        await CreateAsync(admin, "Plain Chair", category);

        var everywhere = await AllPagesAsync($"/api/products?q={word.ToUpperInvariant()}&limit=2");
        var inCategory = await AllPagesAsync($"/api/products?q={word.ToLowerInvariant()}%20LAMP&category={category}&limit=2");
        var byCategoryWord = await AllPagesAsync($"/api/products?q={category.ToLowerInvariant()}%20chair");

        Assert.Equal(matching.Append(otherCategory).Order(), everywhere.Order());
        Assert.Equal(matching.Order(), inCategory.Order());
        Assert.Single(byCategoryWord);
    }

    [Fact]
    public async Task A_search_nothing_matches_is_an_empty_page()
    {
        var page = await shop.Client.GetJsonAsync($"/api/products?q=nomatch{Guid.NewGuid():N}");

        Assert.Empty(page["items"]!.AsArray());
        Assert.Equal(0, (int)page["count"]!);
    }

    [Theory]
    [InlineData("")]
    [InlineData("%20%2C%20")]
    [InlineData("a%20b%20c%20d%20e%20f%20g%20h%20i")]
    public async Task A_search_without_words_or_with_too_many_is_400_naming_q(string q)
    {
        var problem = await (await shop.Client.GetAsync($"/api/products?q={q}")).ProblemAsync(400);

        Assert.NotNull(problem["errors"]!["q"]);
    }

    private static async Task<string> CreateAsync(HttpClient admin, string name, string category)
    {
        var productId = TestCatalog.NewProductId();
        var created = await admin.PostJsonAsync("/api/products", new { productId, name, category, price = 5m, currency = "USD" });
        Assert.Equal(System.Net.HttpStatusCode.Created, created.StatusCode);
        return productId;
    }

    private async Task<List<string>> AllPagesAsync(string path) =>
        (await shop.Client.AllPagesAsync(path)).Select(p => (string)p["productId"]!).ToList();
}
