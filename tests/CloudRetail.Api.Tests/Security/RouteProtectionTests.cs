using CloudRetail.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CloudRetail.Api.Tests.Security;

/// <summary>Every route of the running app is public on purpose or refuses a caller without a token.</summary>
[Collection(ShopApiCollection.Name)]
public sealed class RouteProtectionTests(ShopApi shop)
{
    private IReadOnlyList<(string Route, RouteEndpoint Endpoint)> Routes =>
        RouteProtection.Routes(shop.Services.GetRequiredService<EndpointDataSource>());

    [Fact]
    public async Task Every_route_is_on_the_anonymous_list_or_answers_401_without_a_token()
    {
        var violations = await RouteProtection.ViolationsAsync(Routes, RouteProtection.Anonymous, shop.Client);

        Assert.True(violations.Count == 0, string.Join('\n', violations));
        Assert.True(Routes.Count > 30, $"only {Routes.Count} routes found: is the route table read?");
    }

    [Fact]
    public void Every_route_on_the_lists_exists()
    {
        var routes = Routes.Select(r => r.Route).ToHashSet();

        var stale = RouteProtection.Anonymous.Concat(RouteProtection.SchedulerOnly).Except(routes).ToList();

        Assert.True(stale.Count == 0, "listed but not mapped: " + string.Join(", ", stale));
    }

    /// <summary>The rule can fail: with a public route left off the list (as a route mapped without a
    /// policy would be), it is reported.</summary>
    [Fact]
    public async Task A_route_that_answers_without_a_token_and_is_not_on_the_list_is_reported()
    {
        var forgotten = "GET /api/products/{productId}";
        var shorter = RouteProtection.Anonymous.Where(r => r != forgotten).ToHashSet();

        var violations = await RouteProtection.ViolationsAsync(Routes.Where(r => r.Route == forgotten), shorter, shop.Client);

        Assert.Equal([$"{forgotten} answered 404 without a token"], violations);
    }
}
