using System.Diagnostics;
using CloudRetail.BuildingBlocks.Aws;
using CloudRetail.Catalog;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CloudRetail.Bench;

/// <summary>Search at catalog scale (issue 21 §2): a catalog of <see cref="BenchOptions.SearchProducts"/>
/// products, seeded through the Catalog's own import (the same index items the app writes), then each
/// search's DynamoDB calls counted by the proxy, and its p50 against a product read's, alternated.</summary>
internal sealed partial class Measurements
{
    private static readonly string[] Adjectives = ["brass", "oak", "linen", "steel", "glass", "walnut", "copper", "cotton", "marble", "bamboo",
        "ceramic", "wool", "leather", "silver", "velvet", "granite", "maple", "slate", "pine", "bronze"];
    private static readonly string[] Nouns = ["lamp", "chair", "table", "vase", "mug", "bowl", "shelf", "rug", "clock", "mirror", "stool", "desk",
        "plate", "jug", "frame", "basket", "cushion", "tray", "kettle", "candle", "bench", "cabinet", "blanket", "teapot", "lantern"];
    private static readonly string[] Categories = ["Home", "Kitchen", "Garden", "Office", "Bedroom", "Bathroom", "Lighting", "Decor"];

    /// <summary>What a shopper searches, from a word many products share to one that nothing matches.</summary>
    private static readonly (string Label, string Query)[] Searches =
    [
        ("one common word", "q=lamp"),
        ("a prefix", "q=cop"),
        ("two words", "q=walnut%20desk"),
        ("a word and a category", "q=lamp&category=Office"),
        ("one product's number", "q=b04217"),
        ("a word nothing matches", "q=zzzz"),
    ];

    public async Task SearchAsync(IReadOnlyDictionary<string, string> pool)
    {
        var count = options.SearchProducts;
        var seeding = Stopwatch.StartNew();
        await SeedCatalogAsync(count);
        seeding.Stop();

        var reads = new Dictionary<string, double>();
        await using (var counter = await AwsCalls.StartAsync(emulators.Urls))
        await using (var counted = AppProcess.Start(options.Api, ApiEnvironment(pool, counter.Urls)))
        {
            await counted.WaitForOkAsync(ProductPath, StartTimeout);
            using var client = new HttpClient { BaseAddress = new Uri(counted.Url) };
            foreach (var (label, query) in Searches)
            {
                await SearchOnceAsync(client, query);
                counter.Take();
                await SearchOnceAsync(client, query);
                reads[label] = counter.Take().Where(c => c.Key.StartsWith("dynamodb ", StringComparison.Ordinal) && !c.Key.StartsWith("dynamodb-capacity", StringComparison.Ordinal)).Sum(c => c.Value);
            }
        }

        await using var api = AppProcess.Start(options.Api, ApiEnvironment(pool));
        await api.WaitForOkAsync(ProductPath, StartTimeout);
        await Wrk.RunAsync(api.Url + ProductPath, 1, WarmUp);
        report.Line($"## Search at {count:N0} products: DynamoDB reads per search page (limit 20) and p50 against a product read");
        report.Line();
        report.Line($"Seeded in {seeding.Elapsed.TotalSeconds:0} s through ICatalog.ImportProductsAsync (BatchWriteItem of each product and its index items). " +
            $"Latency: wrk at 1 connection, {options.Duration.TotalSeconds:0} s a run, alternated ABBA with GET {ProductPath}.");
        report.Line();
        var rows = new List<string[]>();
        foreach (var (label, query) in Searches)
        {
            var url = $"{api.Url}/api/products?{query}";
            await Wrk.RunAsync(url, 1, WarmUp);
            var (searches, productReads) = await AlternateAsync(
                () => Wrk.RunAsync(url, 1, options.Duration),
                () => Wrk.RunAsync(api.Url + ProductPath, 1, options.Duration));
            var (searchP50, readP50) = (searches.Average(r => r.P50Ms), productReads.Average(r => r.P50Ms));
            var items = (await SearchOnceAsync(new HttpClient { BaseAddress = new Uri(api.Url) }, query));
            rows.Add([label, $"`?{query}`", items.ToString(), Report.Num(reads[label], "0.#"), Report.Ms(searchP50), Report.Ms(readP50), Report.Ratio(searchP50, readP50),
                $"{searches.Sum(r => r.Errors)} / {productReads.Sum(r => r.Errors)}"]);
        }
        report.Table(["search", "query", "items on the page", "DynamoDB reads", "search p50", "product read p50", "ratio", "errors"], rows);
    }

    private static async Task<int> SearchOnceAsync(HttpClient client, string query)
    {
        using var response = await client.GetAsync($"/api/products?{query}");
        if (!response.IsSuccessStatusCode)
        {
            await Report.FailureAsync($"search {query}", response);
            return 0;
        }
        var page = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return (int)page["count"]!;
    }

    /// <summary>Products B00000.. with names such as "Walnut Desk B04217" in eight categories, written
    /// straight into the tables by the Catalog module's own import.</summary>
    private async Task SeedCatalogAsync(int count)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [LocalAwsOptions.DynamoDbUrlSetting] = emulators.Urls.DynamoDb,
            [LocalAwsOptions.S3UrlSetting] = emulators.Urls.S3,
        }).Build();
        await using var services = new ServiceCollection().AddSingleton(TimeProvider.System).AddDynamoDb(configuration).AddCatalogModule(configuration)
            .BuildServiceProvider();
        var catalog = services.GetRequiredService<ICatalog>();
        var products = Enumerable.Range(0, count).Select(n =>
        {
            var (adjective, noun) = (Adjectives[n % Adjectives.Length], Nouns[n / Adjectives.Length % Nouns.Length]);
            return new CatalogProduct($"B{n:D5}", $"{char.ToUpperInvariant(adjective[0])}{adjective[1..]} {char.ToUpperInvariant(noun[0])}{noun[1..]} B{n:D5}",
                Categories[n * 7 / 3 % Categories.Length], 10m + n % 90, "USD");
        });
        foreach (var chunk in products.Chunk(5_000))
        {
            await catalog.ImportProductsAsync(chunk, CancellationToken.None);
        }
    }
}
