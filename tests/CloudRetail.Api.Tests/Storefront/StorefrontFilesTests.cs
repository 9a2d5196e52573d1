using System.IO.Compression;
using System.Net;
using System.Text;
using CloudRetail.Api.Tests.Infrastructure;

namespace CloudRetail.Api.Tests.Storefront;

[Collection(ShopApiCollection.Name)]
public sealed class StorefrontFilesTests(ShopApi shop)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/orders/3b2f0c1e")]
    [InlineData("/admin/products")]
    public async Task Pages_of_the_app_answer_its_index_page_and_are_never_cached_stale(string path)
    {
        var response = await shop.Client.SendAsync(Navigation(path));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(TestStorefront.IndexMarker, await response.Content.ReadAsStringAsync());
        Assert.True(response.Headers.CacheControl?.NoCache);
    }

    [Fact]
    public async Task Content_hashed_bundles_are_cached_for_a_year()
    {
        var response = await shop.Client.GetAsync($"/{TestStorefront.HashedBundle}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("console.log('storefront');", await response.Content.ReadAsStringAsync());
        Assert.Equal(TimeSpan.FromDays(365), response.Headers.CacheControl?.MaxAge);
        Assert.Contains("immutable", response.Headers.CacheControl!.Extensions.Select(e => e.Name));
    }

    [Theory]
    [InlineData("br, gzip, deflate, zstd", "br")]
    [InlineData("gzip, deflate", "gzip")]
    [InlineData("br;q=0, gzip", "gzip")]
    [InlineData("*", "br")]
    public async Task A_bundle_comes_precompressed_in_the_encoding_the_browser_accepts_with_its_own_type_and_caching(string acceptEncoding, string expected)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/{TestStorefront.HashedBundle}");
        request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);

        var response = await shop.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([expected], response.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromDays(365), response.Headers.CacheControl?.MaxAge);
        Assert.Equal(TestStorefront.BundleText, await DecodedAsync(response));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("identity")]
    [InlineData("br;q=0, gzip;q=0")]
    public async Task A_browser_that_accepts_no_compression_gets_the_file_as_built(string? acceptEncoding)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/{TestStorefront.HashedBundle}");
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }

        var response = await shop.Client.SendAsync(request);

        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        Assert.Equal(TestStorefront.BundleText, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/orders/3b2f0c1e")]
    public async Task Pages_of_the_app_come_compressed_too(string path)
    {
        var request = Navigation(path);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip, deflate, br");

        var response = await shop.Client.SendAsync(request);

        Assert.Equal(["br"], response.Content.Headers.ContentEncoding);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.NoCache);
        Assert.Contains(TestStorefront.IndexMarker, await DecodedAsync(response));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/products")]
    [InlineData("/index.html")]
    public async Task Pages_ask_the_browser_to_connect_early_to_the_picture_bucket(string path)
    {
        var page = await shop.Client.SendAsync(Navigation(path));
        var bundle = await shop.Client.GetAsync($"/{TestStorefront.HashedBundle}");

        var bucket = new Uri(shop.Emulators.Urls.S3).GetLeftPart(UriPartial.Authority);
        Assert.Equal([$"<{bucket}>; rel=preconnect"], page.Headers.GetValues("Link"));
        Assert.False(bundle.Headers.Contains("Link"));
    }

    [Theory]
    [InlineData("/api/no-such-thing")]
    [InlineData("/api/products/P001/nothing-here")]
    [InlineData("/openapi/none/here")]
    [InlineData("/internal/anything")]
    public async Task Server_paths_never_fall_back_to_the_app(string path)
    {
        var response = await shop.Client.SendAsync(Navigation(path));

        await response.ProblemAsync(404);
    }

    [Fact]
    public async Task Swagger_ui_stays_swagger_and_a_missing_script_is_404_not_the_page()
    {
        var swagger = await shop.Client.SendAsync(Navigation("/swagger/index.html"));
        var script = await shop.Client.GetAsync("/chunk-NOPE0000.js");

        Assert.Equal(HttpStatusCode.OK, swagger.StatusCode);
        Assert.DoesNotContain(TestStorefront.IndexMarker, await swagger.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, script.StatusCode);
    }

    [Fact]
    public async Task Without_a_built_app_the_api_serves_no_files_and_still_starts()
    {
        await using var bare = shop.StartHost((ShopSettings.StorefrontRoot, Path.Combine(Path.GetTempPath(), $"no-storefront-{Guid.NewGuid():N}")));
        using var client = bare.CreateClient();

        var page = await client.SendAsync(Navigation("/"));
        var health = await client.GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    private static async Task<string> DecodedAsync(HttpResponseMessage response)
    {
        await using var body = await response.Content.ReadAsStreamAsync();
        await using Stream decoded = response.Content.Headers.ContentEncoding.Single() == "br"
            ? new BrotliStream(body, CompressionMode.Decompress)
            : new GZipStream(body, CompressionMode.Decompress);
        using var reader = new StreamReader(decoded, Encoding.UTF8);
        return await reader.ReadToEndAsync();
    }

    /// <summary>A GET as Chromium sends it when the user follows a link or types the address.</summary>
    private static HttpRequestMessage Navigation(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        return request;
    }
}
