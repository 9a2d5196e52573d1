using System.Net;
using CloudRetail.BuildingBlocks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CloudRetail.Deploy.Tests;

/// <summary>Behind a named API Gateway stage or a custom-domain path, requests arrive with a prefix
/// in front of /api; API_BASE_PATH tells the app to strip it.</summary>
public sealed class BasePathTests
{
    [Fact]
    public async Task The_api_answers_under_its_base_path_and_without_it()
    {
        using var api = new DeployedApi(basePath: "/dev");
        using var client = api.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/dev/api/health", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/api/health", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Without_a_base_path_a_prefixed_request_is_not_found()
    {
        using var api = new DeployedApi(basePath: null);
        using var client = api.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/dev/api/health", UriKind.Relative))).StatusCode);
    }

    /// <summary>The host as in AWS: production settings, no emulators; /api/health touches nothing.</summary>
    private sealed class DeployedApi(string? basePath) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting(ShopSettings.ApiBasePath, basePath);
        }
    }
}
