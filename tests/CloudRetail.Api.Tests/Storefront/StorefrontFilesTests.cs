using System.Net;
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

    /// <summary>A GET as Chromium sends it when the user follows a link or types the address.</summary>
    private static HttpRequestMessage Navigation(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        return request;
    }
}
