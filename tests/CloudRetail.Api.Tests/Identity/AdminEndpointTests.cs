using System.Net;
using CloudRetail.Api.Tests.Infrastructure;
using CloudRetail.BuildingBlocks.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CloudRetail.Api.Tests.Identity;

/// <summary>The back office is closed to customers (403) and to the anonymous (401), and open to the admin.</summary>
[Collection(ShopApiCollection.Name)]
public sealed class AdminEndpointTests(ShopApi shop)
{
    private const string Product = "{product}";

    /// <summary>Every admin route of Catalog, Inventory and Health, with a request an admin may make.</summary>
    public static TheoryData<string, string, string?> AdminRoutes => new()
    {
        { "POST", "/api/products", "{\"productId\": \"{new}\", \"name\": \"X\", \"category\": \"C\", \"price\": 1, \"currency\": \"USD\"}" },
        { "PUT", "/api/products/{product}", "{\"name\": \"Y\", \"category\": \"C\", \"price\": 2, \"currency\": \"USD\"}" },
        { "DELETE", "/api/products/{product}", null },
        { "POST", "/api/products/{product}/image-upload", "{\"contentType\": \"image/png\", \"contentLength\": 68}" },
        { "PUT", "/api/inventory/{product}", "{\"availableQty\": 5, \"reason\": \"count\"}" },
        { "POST", "/api/inventory/{product}/adjustments", "{\"qty\": 1, \"reason\": \"delivery\"}" },
        { "GET", "/api/inventory/{product}/movements", null },
        { "GET", "/api/inventory/reconciliation", null },
        { "POST", "/api/inventory/reconciliation/repair", null },
        { "POST", "/api/health/db-test", null },
        { "POST", "/api/admin/products/search-index", null },
    };

    [Theory]
    [MemberData(nameof(AdminRoutes))]
    public async Task Customers_get_403_the_anonymous_401_and_the_admin_gets_through(string method, string path, string? body)
    {
        var admin = await shop.AdminClientAsync();
        var (customer, _, _) = await shop.NewCustomerAsync();
        var productId = await admin.CreateProductAsync(stock: 5);
        await customer.PostJsonAsync("/api/cart/items", new { productId, qty = 1 });
        Assert.Equal(HttpStatusCode.Created, (await customer.PostAsync("/api/orders/checkout", null)).StatusCode);
        string Fill(string text) => text.Replace(Product, productId).Replace("{new}", TestCatalog.NewProductId());

        var anonymous = await shop.Client.SendRawAsync(new HttpMethod(method), Fill(path), body is null ? null : Fill(body));
        var asCustomer = await customer.SendRawAsync(new HttpMethod(method), Fill(path), body is null ? null : Fill(body));

        await anonymous.ProblemAsync(401, "Sign-in required: send 'Authorization: Bearer <accessToken>'");
        await asCustomer.ProblemAsync(403, "Your account is not allowed to do this");
        // The refusals changed nothing.
        Assert.Equal(10m, (decimal)(await shop.Client.GetJsonAsync($"/api/products/{productId}"))["price"]!);
        var stock = await shop.Client.GetJsonAsync($"/api/inventory/{productId}");
        Assert.Equal((4, 1), ((int)stock["availableQty"]!, (int)stock["reservedQty"]!));

        var asAdmin = await admin.SendRawAsync(new HttpMethod(method), Fill(path), body is null ? null : Fill(body));

        Assert.True(asAdmin.IsSuccessStatusCode, $"admin got {(int)asAdmin.StatusCode}: {await asAdmin.Content.ReadAsStringAsync()}");
    }

    [Fact]
    public void The_routes_above_are_every_admin_route_of_catalog_inventory_and_health()
    {
        var adminRoutes = shop.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy == ShopPolicies.Admin))
            .Where(e => e.Metadata.GetMetadata<ITagsMetadata>()?.Tags.Intersect(["Catalog", "Inventory", "Health"]).Any() == true)
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Select(m => $"{m} {e.RoutePattern.RawText!.TrimEnd('/')}"))
            .Order();
        var tested = AdminRoutes.Select(row => $"{row[0]} {((string)row[1]).Replace(Product, "{productId}")}").Order();

        Assert.Equal(tested, adminRoutes);
    }

    /// <summary>The back office's customer routes: every one of them admin-only, none forgotten.</summary>
    [Fact]
    public void The_customer_routes_are_all_admin_only()
    {
        string[] expected =
        [
            "DELETE /api/admin/customers/{customerId}/admin-role",
            "GET /api/admin/customers",
            "GET /api/admin/customers/{customerId}",
            "POST /api/admin/customers/{customerId}/disable",
            "POST /api/admin/customers/{customerId}/enable",
            "PUT /api/admin/customers/{customerId}/admin-role",
        ];
        var routes = shop.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api/admin/customers", StringComparison.Ordinal)
                || e.Metadata.GetMetadata<ITagsMetadata>()?.Tags.Contains("Customers") == true)
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Select(m => (
                Route: $"{m} {e.RoutePattern.RawText!.TrimEnd('/')}",
                Admin: e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy == ShopPolicies.Admin))))
            .ToList();

        Assert.Equal(expected, routes.Select(r => r.Route).Order());
        Assert.All(routes, r => Assert.True(r.Admin, $"{r.Route} is not admin-only"));
    }

    /// <summary>The staff's order routes (search, moves, refunds): every one admin-only, none forgotten.</summary>
    [Fact]
    public void The_staff_order_routes_are_all_admin_only()
    {
        string[] expected =
        [
            "GET /api/admin/orders",
            "POST /api/admin/orders/status-index",
            "POST /api/orders/expire-reservations",
            "POST /api/orders/{orderId}/deliver",
            "POST /api/orders/{orderId}/refunds",
            "POST /api/orders/{orderId}/refused-delivery",
            "POST /api/orders/{orderId}/ship",
            "POST /api/orders/{orderId}/staff-cancel",
        ];
        var staffRoutes = shop.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy == ShopPolicies.Admin))
            .Where(e => e.Metadata.GetMetadata<ITagsMetadata>()?.Tags.Intersect(["Orders", "Refunds"]).Any() == true)
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Select(m => $"{m} {e.RoutePattern.RawText!.TrimEnd('/')}"))
            .Order();

        Assert.Equal(expected, staffRoutes);
    }

    /// <summary>The returns queue and its moves: every one admin-only; the shopper's two routes are not.</summary>
    [Fact]
    public void The_staff_returns_routes_are_all_admin_only()
    {
        string[] expected =
        [
            "GET /api/admin/returns",
            "POST /api/admin/returns/{returnId}/approve",
            "POST /api/admin/returns/{returnId}/receive",
            "POST /api/admin/returns/{returnId}/reject",
        ];
        var routes = shop.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ITagsMetadata>()?.Tags.Contains("Returns") == true)
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Select(m => (
                Route: $"{m} {e.RoutePattern.RawText!.TrimEnd('/')}",
                Admin: e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy == ShopPolicies.Admin))))
            .ToList();

        Assert.Equal(expected, routes.Where(r => r.Admin).Select(r => r.Route).Order());
        Assert.Equal(["GET /api/orders/{orderId}/returns", "POST /api/orders/{orderId}/returns"], routes.Where(r => !r.Admin).Select(r => r.Route).Order());
    }

    /// <summary>The dashboard: admin-only, and the Analytics module maps nothing else.</summary>
    [Fact]
    public void The_dashboard_route_is_admin_only()
    {
        var routes = shop.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api/admin/dashboard", StringComparison.Ordinal)
                || e.Metadata.GetMetadata<ITagsMetadata>()?.Tags.Contains("Analytics") == true)
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Select(m => (
                Route: $"{m} {e.RoutePattern.RawText!.TrimEnd('/')}",
                Admin: e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy == ShopPolicies.Admin))))
            .ToList();

        Assert.Equal(["GET /api/admin/dashboard"], routes.Select(r => r.Route));
        Assert.All(routes, r => Assert.True(r.Admin, $"{r.Route} is not admin-only"));
    }

    /// <summary>The audit trail: one admin-only listing, and the Audit module maps nothing that changes an entry.</summary>
    [Fact]
    public void The_audit_route_is_admin_only_and_the_only_one()
    {
        var routes = shop.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api/admin/audit", StringComparison.Ordinal)
                || e.Metadata.GetMetadata<ITagsMetadata>()?.Tags.Contains("Audit") == true)
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Select(m => (
                Route: $"{m} {e.RoutePattern.RawText!.TrimEnd('/')}",
                Admin: e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy == ShopPolicies.Admin))))
            .ToList();

        Assert.Equal(["GET /api/admin/audit"], routes.Select(r => r.Route));
        Assert.All(routes, r => Assert.True(r.Admin, $"{r.Route} is not admin-only"));
    }

    [Fact]
    public async Task Every_admin_route_in_the_api_refuses_customers_and_the_anonymous()
    {
        var (customer, _, _) = await shop.NewCustomerAsync();
        var routes = shop.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy == ShopPolicies.Admin))
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Select(m => (Method: m, Path: Concrete(e.RoutePattern.RawText!))))
            .ToList();
        Assert.NotEmpty(routes);

        foreach (var (method, path) in routes)
        {
            await (await shop.Client.SendRawAsync(new HttpMethod(method), path, "{}")).ProblemAsync(401);
            await (await customer.SendRawAsync(new HttpMethod(method), path, "{}")).ProblemAsync(403);
        }
    }

    /// <summary>Authorization runs before binding, so any value the route's constraint accepts stands in for a parameter.</summary>
    private static string Concrete(string pattern) =>
        System.Text.RegularExpressions.Regex.Replace(pattern, @"\{[^}]+\}", parameter => parameter.Value switch
        {
            var p when p.Contains(":guid", StringComparison.Ordinal) => Guid.NewGuid().ToString(),
            var p when p.Contains(":int", StringComparison.Ordinal) || p.Contains(":long", StringComparison.Ordinal) => "1",
            _ => "authz-probe",
        });
}
