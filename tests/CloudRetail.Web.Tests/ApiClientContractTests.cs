namespace CloudRetail.Web.Tests;

/// <summary>The web app's API client against the API's own OpenAPI document: every call the app
/// can make must be an operation the API publishes.</summary>
[Collection(StorefrontCollection.Name)]
[Trait(ShippedBinary.Category, ShippedBinary.Runs)]
public sealed partial class ApiClientContractTests(Storefront shop)
{
    private static readonly string WebApp = Path.Combine(Repository.Root, "web", "src", "app");

    [Fact]
    public async Task Every_endpoint_of_the_web_client_is_in_the_openapi_document()
    {
        var document = await shop.Shop.Client.GetJsonAsync("/openapi/v1.json");
        var published = document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(operation => $"{operation.Key.ToUpperInvariant()} {path.Key}"))
            .ToHashSet();

        var declared = ClientEndpoints();

        Assert.True(declared.Count >= 20, $"The endpoint table was not read: {declared.Count} rows");
        var missing = declared.Where(e => !e.Optional && !published.Contains(e.Operation)).Select(e => e.Operation).ToList();
        Assert.True(missing.Count == 0, $"The web app calls what the API does not publish: {string.Join(", ", missing)}");
    }

    /// <summary>So the check above sees every call: an API path written anywhere else would escape it.
    /// (A picture's pre-signed upload URL comes from the API, so it is no path of ours.)</summary>
    [Fact]
    public void Api_paths_are_written_only_in_the_endpoint_tables()
    {
        var offenders = Directory.EnumerateFiles(WebApp, "*.ts", SearchOption.AllDirectories)
            .Where(file => !file.EndsWith(".spec.ts", StringComparison.Ordinal) && !file.EndsWith("-endpoints.ts", StringComparison.Ordinal))
            .Where(file => ApiUrl().IsMatch(File.ReadAllText(file)))
            .Select(file => Path.GetRelativePath(WebApp, file))
            .ToList();

        Assert.True(offenders.Count == 0, $"Name an endpoint of core/api/*-endpoints.ts instead of writing /api/ paths in: {string.Join(", ", offenders)}");
    }

    /// <summary>"METHOD /path" of each row of web/src/app/core/api/api-endpoints.ts and of any other
    /// endpoint table named *-endpoints.ts (the admin pages declare theirs the same way).</summary>
    private static List<(string Operation, bool Optional)> ClientEndpoints() =>
        Directory.EnumerateFiles(WebApp, "*-endpoints.ts", SearchOption.AllDirectories)
            .SelectMany(file => EndpointRow().Matches(File.ReadAllText(file)))
            .Select(match => ($"{match.Groups["method"].Value} {match.Groups["path"].Value}", match.Groups["optional"].Success))
            .Distinct()
            .ToList();

    [GeneratedRegex(@"method:\s*'(?<method>GET|POST|PUT|DELETE|PATCH)',\s*path:\s*'(?<path>/[^']*)'(?<optional>,\s*optional:\s*true)?")]
    private static partial Regex EndpointRow();

    [GeneratedRegex(@"['`""]/api/")]
    private static partial Regex ApiUrl();
}
