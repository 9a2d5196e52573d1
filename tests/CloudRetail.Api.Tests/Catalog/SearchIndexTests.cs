using System.Net;
using Amazon.DynamoDBv2.Model;
using CloudRetail.Api.Tests.Infrastructure;

namespace CloudRetail.Api.Tests.Catalog;

/// <summary>The search index is written with the product, so a search finds what the catalog holds now,
/// and it costs reads in proportion to what it returns, not to the catalog.</summary>
[Collection(ShopApiCollection.Name)]
public sealed class SearchIndexTests(ShopApi shop)
{
    [Fact]
    public async Task Any_prefix_of_a_word_finds_the_product_in_any_case_whatever_its_length()
    {
        var admin = await shop.AdminClientAsync();
        var word = NewWord(14);
        var productId = await CreateAsync(admin, $"Wireless {word} Mouse", "Electronics");

        foreach (var prefix in Enumerable.Range(1, word.Length).Select(n => word[..n]).Where(p => p.Length >= 4))
        {
            Assert.Equal([productId], await SearchAsync($"{prefix.ToUpperInvariant()} mou"));
        }
        Assert.Equal([productId], await SearchAsync($"{word} electr wireles"));
        Assert.Empty(await SearchAsync($"{word} keyboard"));
        Assert.Empty(await SearchAsync($"{word[1..]}"));
        Assert.Empty(await SearchAsync($"{word}x"));
    }

    [Fact]
    public async Task A_renamed_product_is_found_by_its_new_name_and_not_its_old_one_with_its_new_price()
    {
        var admin = await shop.AdminClientAsync();
        var (oldWord, newWord, category) = (NewWord(12), NewWord(12), NewWord(10));
        var productId = await CreateAsync(admin, $"{oldWord} Lamp", category);

        var updated = await admin.PutJsonAsync($"/api/products/{productId}", new { name = $"{newWord} Lamp", category, price = 7.25m, currency = "EUR" });
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);

        Assert.Empty(await SearchAsync(oldWord));
        Assert.Empty(await SearchAsync(oldWord[..5]));
        var found = Assert.Single((await shop.Client.GetJsonAsync($"/api/products?q={newWord[..6]}%20lamp"))["items"]!.AsArray());
        Assert.Equal(productId, (string)found!["productId"]!);
        Assert.Equal(7.25m, (decimal)found["price"]!);
        Assert.Equal("EUR", (string)found["currency"]!);
        Assert.Equal([productId], await SearchAsync(category));
    }

    [Fact]
    public async Task A_deleted_product_disappears_from_search_and_leaves_no_index_items()
    {
        var admin = await shop.AdminClientAsync();
        var word = NewWord(12);
        var productId = await CreateAsync(admin, $"{word} Vase", "Home");
        Assert.Equal([productId], await SearchAsync(word));

        Assert.Equal(HttpStatusCode.OK, (await admin.DeleteAsync($"/api/products/{productId}")).StatusCode);

        Assert.Empty(await SearchAsync(word));
        Assert.Empty(await SearchAsync(word[..3]));
        Assert.Equal(0, await IndexItemsAsync(productId));
    }

    [Fact]
    public async Task A_new_picture_shows_in_search_results()
    {
        var admin = await shop.AdminClientAsync();
        var word = NewWord(12);
        var productId = await CreateAsync(admin, $"{word} Frame", "Home");

        var upload = await admin.PostJsonAsync($"/api/products/{productId}/image-upload", new { contentType = "image/png", contentLength = 68 });
        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);

        var found = Assert.Single((await shop.Client.GetJsonAsync($"/api/products?q={word}"))["items"]!.AsArray());
        Assert.Equal($"products/{productId}.png", (string)found!["imageKey"]!);
        Assert.NotNull((string?)found["imageUrl"]);
    }

    [Fact]
    public async Task Search_pages_in_product_id_order_with_or_without_other_words_and_a_category()
    {
        var admin = await shop.AdminClientAsync();
        var (word, category) = (NewWord(8), NewWord(10));
        var ids = new List<string>();
        for (var i = 0; i < 7; i++)
        {
            ids.Add(await CreateAsync(admin, $"{word} Cup {i}", i % 2 == 0 ? category : "Elsewhere"));
        }

        Assert.Equal(ids.Order(StringComparer.Ordinal), await AllPagesAsync($"/api/products?q={word}&limit=2"));
        Assert.Equal(ids.Order(StringComparer.Ordinal), await AllPagesAsync($"/api/products?q={word[..5]}%20cup&limit=3"));
        Assert.Equal(ids.Where((_, i) => i % 2 == 0).Order(StringComparer.Ordinal), await AllPagesAsync($"/api/products?q={word}&category={category}&limit=2"));
    }

    [Fact]
    public async Task A_cursor_of_one_search_is_refused_by_a_search_of_another_term()
    {
        var admin = await shop.AdminClientAsync();
        var word = NewWord(8);
        await CreateAsync(admin, $"{word} Plate", "Kitchen");
        await CreateAsync(admin, $"{word} Plate", "Kitchen");
        var cursor = (string)(await shop.Client.GetJsonAsync($"/api/products?q={word}&limit=1"))["nextToken"]!;

        var problem = await (await shop.Client.GetAsync($"/api/products?q=plate&nextToken={Uri.EscapeDataString(cursor)}")).ProblemAsync(400);

        Assert.NotNull(problem["errors"]!["nextToken"]);
    }

    [Fact]
    public async Task A_name_with_more_search_terms_than_one_transaction_holds_is_400_naming_name()
    {
        var admin = await shop.AdminClientAsync();
        var name = string.Join(' ', Enumerable.Range(0, 12).Select(_ => NewWord(9)));

        var problem = await (await admin.PostJsonAsync("/api/products", new { productId = TestCatalog.NewProductId(), name, category = "Test", price = 1m, currency = "USD" }))
            .ProblemAsync(400);

        Assert.NotNull(problem["errors"]!["name"]);
    }

    /// <summary>One Query of the word's term, whatever the catalog's size, for a page, for several words
    /// and for a word that nothing matches.</summary>
    [Fact]
    public async Task A_search_page_is_one_query_of_the_index_and_a_search_that_finds_nothing_is_one_read()
    {
        var admin = await shop.AdminClientAsync();
        var word = NewWord(8);
        for (var i = 0; i < 3; i++)
        {
            await CreateAsync(admin, $"{word} Bowl", "Kitchen");
        }

        var page = await shop.DynamoDbCalls.CountAsync(async () => Assert.Equal(2, (await shop.Client.GetJsonAsync($"/api/products?q={word}&limit=2"))["items"]!.AsArray().Count));
        var words = await shop.DynamoDbCalls.CountAsync(async () => Assert.Equal(3, (await shop.Client.GetJsonAsync($"/api/products?q=kitch%20{word}%20bo"))["items"]!.AsArray().Count));
        var nothing = await shop.DynamoDbCalls.CountAsync(async () => Assert.Empty((await shop.Client.GetJsonAsync("/api/products?q=zzzzqqqq"))["items"]!.AsArray()));

        Assert.Equal(["Query"], page);
        Assert.Equal(["Query"], words);
        Assert.Equal(["Query"], nothing);
    }

    /// <summary>Staff renaming one product from several places at once: each write reads the product and
    /// commits on condition nobody wrote in between, so the index ends with the last name's terms only.</summary>
    [Fact]
    public async Task Racing_renames_leave_the_index_with_exactly_the_last_names_terms()
    {
        var admin = await shop.AdminClientAsync();
        var productId = await CreateAsync(admin, $"{NewWord(10)} Jug", "Kitchen");
        var names = Enumerable.Range(0, 6).Select(_ => NewWord(10)).ToList();

        var answers = await Task.WhenAll(names.Select(name => admin.PutJsonAsync($"/api/products/{productId}", new { name, category = "Kitchen", price = 3m, currency = "USD" })));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        var last = (string)(await shop.Client.GetJsonAsync($"/api/products/{productId}"))["name"]!;
        foreach (var name in names.Where(n => n != last))
        {
            Assert.Empty(await SearchAsync(name));
        }
        Assert.Equal([productId], await SearchAsync(last));
        // Terms of "xxxxxxxxxx" (1, 2, 3, 5, 8 characters) and of "kitchen" (1, 2, 3, 5): no more, no fewer.
        Assert.Equal(SearchTermsOf(last, "Kitchen"), await IndexItemsAsync(productId));
    }

    private static int SearchTermsOf(string name, string category) =>
        $"{name} {category}".ToLowerInvariant().Split(' ')
            .SelectMany(w => new[] { 1, 2, 3, 5, 8 }.Where(n => n <= w.Length).Select(n => w[..n])).Distinct().Count();

    /// <summary>How many index items name the product (a scan: tests only).</summary>
    private async Task<int> IndexItemsAsync(string productId)
    {
        var count = 0;
        Dictionary<string, AttributeValue>? startKey = null;
        do
        {
            var page = await shop.DynamoDb.ScanAsync(new ScanRequest
            {
                TableName = "cloudretail-product-search",
                FilterExpression = "productId = :id",
                ExpressionAttributeValues = new() { [":id"] = new AttributeValue(productId) },
                ExclusiveStartKey = startKey,
            });
            count += page.Count ?? 0;
            startKey = page.LastEvaluatedKey is { Count: > 0 } next ? next : null;
        }
        while (startKey is not null);
        return count;
    }

    /// <summary>A word nobody else's product has: letters only, so it is one word.</summary>
    internal static string NewWord(int length) =>
        new(Guid.NewGuid().ToString("N").Concat(Guid.NewGuid().ToString("N")).Select(c => (char)('a' + (c % 26))).Take(length).ToArray());

    private static async Task<string> CreateAsync(HttpClient admin, string name, string category)
    {
        var productId = TestCatalog.NewProductId();
        var created = await admin.PostJsonAsync("/api/products", new { productId, name, category, price = 5m, currency = "USD" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return productId;
    }

    private async Task<List<string>> SearchAsync(string q) => await AllPagesAsync($"/api/products?q={Uri.EscapeDataString(q)}");

    private async Task<List<string>> AllPagesAsync(string path) =>
        (await shop.Client.AllPagesAsync(path)).Select(p => (string)p["productId"]!).ToList();
}
