using System.Net;
using System.Text.Json.Nodes;
using CloudRetail.Api.Tests.Infrastructure;
using Microsoft.IdentityModel.JsonWebTokens;

namespace CloudRetail.Api.Tests.Customers;

/// <summary>The back office's customers over HTTP against cognito-local: locking an account out and
/// letting it back in, making staff and unmaking them, the rules that keep an admin from locking
/// themselves out, and the search, each test with its own accounts under its own e-mail prefix.</summary>
[Collection(ShopApiCollection.Name)]
public sealed class CustomerAdminTests(ShopApi shop)
{
    [Fact]
    public async Task A_disabled_shopper_cannot_sign_in_or_refresh_and_can_sign_in_again_once_enabled()
    {
        var admin = await shop.AdminClientAsync();
        var (_, userId, email) = await shop.NewCustomerAsync();
        var refreshToken = (string)(await shop.LoginAsync(email, ShopApi.CustomerPassword))["refreshToken"]!;

        var disabled = await (await admin.PostAsync($"/api/admin/customers/{userId}/disable", null)).JsonAsync();

        Assert.False((bool)disabled["enabled"]!);
        await (await shop.Client.PostJsonAsync("/api/auth/login", new { email, password = ShopApi.CustomerPassword }))
            .ProblemAsync(401, "Incorrect username or password");
        await (await shop.Client.PostJsonAsync("/api/auth/refresh", new { refreshToken, userId }))
            .ProblemAsync(401, "Refresh token is invalid, expired or revoked: sign in again");
        Assert.False((bool)(await admin.GetJsonAsync($"/api/admin/customers/{userId}"))["customer"]!["enabled"]!);

        var enabled = await (await admin.PostAsync($"/api/admin/customers/{userId}/enable", null)).JsonAsync();

        Assert.True((bool)enabled["enabled"]!);
        var tokens = await shop.LoginAsync(email, ShopApi.CustomerPassword);
        var refreshed = await shop.Client.PostJsonAsync("/api/auth/refresh", new { refreshToken = (string)tokens["refreshToken"]!, userId });
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        // Disabling signed them out everywhere: the refresh token from before stays revoked.
        await (await shop.Client.PostJsonAsync("/api/auth/refresh", new { refreshToken, userId })).ProblemAsync(401);
    }

    [Fact]
    public async Task The_local_cognito_refuses_a_disabled_accounts_refresh_token_as_cognito_does()
    {
        var (_, userId, email) = await shop.NewCustomerAsync();
        var refreshToken = (string)(await shop.LoginAsync(email, ShopApi.CustomerPassword))["refreshToken"]!;

        // Disabled behind the API's back, without the global sign-out the API adds: the refresh
        // token itself is still held, and only the account's state can refuse it.
        await shop.Cognito.CallAsync("AdminDisableUser", new { UserPoolId = await shop.Cognito.PoolIdAsync(), Username = userId });

        var refused = await (await shop.Client.PostJsonAsync("/api/auth/refresh", new { refreshToken, userId })).ProblemAsync(401);
        Assert.Equal("NotAuthorizedException", (string?)refused["error"]);
        await shop.Cognito.CallAsync("AdminEnableUser", new { UserPoolId = await shop.Cognito.PoolIdAsync(), Username = userId });
        Assert.Equal(HttpStatusCode.OK, (await shop.Client.PostJsonAsync("/api/auth/refresh", new { refreshToken, userId })).StatusCode);
    }

    [Fact]
    public async Task Granting_the_admin_role_shows_in_the_next_token_and_revoking_takes_it_away()
    {
        var admin = await shop.AdminClientAsync();
        var (before, userId, email) = await shop.NewCustomerAsync();
        await (await before.GetAsync("/api/admin/customers")).ProblemAsync(403);

        var granted = await (await admin.PutAsync($"/api/admin/customers/{userId}/admin-role", null)).JsonAsync();

        Assert.True((bool)granted["isAdmin"]!);
        var staffToken = (string)(await shop.LoginAsync(email, ShopApi.CustomerPassword))["accessToken"]!;
        Assert.Contains("admin", Groups(staffToken));
        using (var staff = shop.ClientWithToken(staffToken))
        {
            Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/api/admin/customers?limit=1")).StatusCode);
        }

        var revoked = await (await admin.DeleteAsync($"/api/admin/customers/{userId}/admin-role")).JsonAsync();

        Assert.False((bool)revoked["isAdmin"]!);
        var customerToken = (string)(await shop.LoginAsync(email, ShopApi.CustomerPassword))["accessToken"]!;
        Assert.DoesNotContain("admin", Groups(customerToken));
        using var customer = shop.ClientWithToken(customerToken);
        await (await customer.GetAsync("/api/admin/customers")).ProblemAsync(403);
    }

    [Fact]
    public async Task An_admin_cannot_disable_themselves_or_remove_their_own_admin_role()
    {
        var (staff, staffId, email) = await NewAdminAsync();

        await (await staff.PostAsync($"/api/admin/customers/{staffId}/disable", null))
            .ProblemAsync(409, "You cannot disable your own account: ask another admin");
        await (await staff.DeleteAsync($"/api/admin/customers/{staffId}/admin-role"))
            .ProblemAsync(409, "You cannot remove your own admin role: ask another admin");
        // Their id in upper case names no customer, rather than slipping past the check.
        await (await staff.PostAsync($"/api/admin/customers/{staffId.ToUpperInvariant()}/disable", null)).ProblemAsync(404);

        var tokens = await shop.LoginAsync(email, ShopApi.CustomerPassword);
        Assert.Contains("admin", Groups((string)tokens["accessToken"]!));
        var self = (await (await shop.AdminClientAsync()).GetJsonAsync($"/api/admin/customers/{staffId}"))["customer"]!;
        Assert.True((bool)self["enabled"]! && (bool)self["isAdmin"]!);
    }

    [Fact]
    public async Task Another_admin_can_disable_an_admin()
    {
        var admin = await shop.AdminClientAsync();
        var (_, staffId, email) = await NewAdminAsync();

        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/admin/customers/{staffId}/disable", null)).StatusCode);

        await (await shop.Client.PostJsonAsync("/api/auth/login", new { email, password = ShopApi.CustomerPassword })).ProblemAsync(401);
    }

    [Theory]
    [InlineData("GET", "")]
    [InlineData("POST", "/disable")]
    [InlineData("POST", "/enable")]
    [InlineData("PUT", "/admin-role")]
    [InlineData("DELETE", "/admin-role")]
    public async Task An_unknown_or_malformed_customer_id_is_404(string method, string action)
    {
        var admin = await shop.AdminClientAsync();
        var (_, _, email) = await shop.NewCustomerAsync();

        foreach (var id in new[] { Guid.NewGuid().ToString(), email, "authz-probe" })
        {
            await (await admin.SendRawAsync(new HttpMethod(method), $"/api/admin/customers/{Uri.EscapeDataString(id)}{action}", null))
                .ProblemAsync(404, "Customer not found");
        }
    }

    [Fact]
    public async Task Searching_by_email_prefix_pages_through_exactly_the_matching_customers()
    {
        var admin = await shop.AdminClientAsync();
        var prefix = $"s{Guid.NewGuid():N}"[..12];
        var created = new HashSet<string>();
        foreach (var n in Enumerable.Range(0, 5))
        {
            created.Add(await RegisterConfirmedAsync($"{prefix}-{n}@t.example"));
        }

        var seen = new List<string>();
        var pages = 0;
        string? cursor = null;
        do
        {
            var page = await admin.GetJsonAsync($"/api/admin/customers?email={prefix.ToUpperInvariant()}&limit=2" + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}"));
            var items = page["items"]!.AsArray();
            Assert.InRange(items.Count, 0, 2);
            seen.AddRange(items.Select(i => (string)i!["id"]!));
            Assert.All(items, i => Assert.StartsWith(prefix, (string)i!["email"]!, StringComparison.Ordinal));
            cursor = (string?)page["nextToken"];
            pages++;
        }
        while (cursor is not null && pages < 10);

        Assert.Equal(created.Order(), seen.Order());
        Assert.Equal(3, pages);
        await (await admin.GetAsync($"/api/admin/customers?email={prefix}&limit=2&cursor=forged.cursor")).ProblemAsync(400);
    }

    [Fact]
    public async Task A_cursor_is_good_only_for_the_search_that_handed_it_out()
    {
        var admin = await shop.AdminClientAsync();
        var prefix = $"k{Guid.NewGuid():N}"[..12];
        await RegisterConfirmedAsync($"{prefix}-a@t.example");
        await RegisterConfirmedAsync($"{prefix}-b@t.example");
        var cursor = (string)(await admin.GetJsonAsync($"/api/admin/customers?email={prefix}&limit=1"))["nextToken"]!;

        var problem = await (await admin.GetAsync($"/api/admin/customers?email={prefix}-b&limit=1&cursor={Uri.EscapeDataString(cursor)}")).ProblemAsync(400);

        Assert.NotNull(problem["errors"]!["cursor"]);
    }

    [Fact]
    public async Task Sign_up_dates_filter_the_search_inclusively()
    {
        var admin = await shop.AdminClientAsync();
        var prefix = $"d{Guid.NewGuid():N}"[..12];
        var id = await RegisterConfirmedAsync($"{prefix}@t.example");
        // cognito-local dates accounts by the real clock, not the test host's.
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd");
        var yesterday = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd");
        var tomorrow = DateTime.UtcNow.AddDays(1).ToString("yyyy-MM-dd");

        async Task<List<string>> IdsAsync(string dates) =>
            [.. (await admin.GetJsonAsync($"/api/admin/customers?email={prefix}&{dates}"))["items"]!.AsArray().Select(i => (string)i!["id"]!)];

        Assert.Equal([id], await IdsAsync($"signedUpFrom={today}&signedUpTo={today}"));
        Assert.Equal([id], await IdsAsync($"signedUpFrom={yesterday}"));
        Assert.Empty(await IdsAsync($"signedUpTo={yesterday}"));
        Assert.Empty(await IdsAsync($"signedUpFrom={tomorrow}"));
        var listed = (await admin.GetJsonAsync($"/api/admin/customers?email={prefix}"))["items"]![0]!;
        Assert.Equal(today, ((string)listed["signedUpAt"]!)[..10]);
        var problem = await (await admin.GetAsync($"/api/admin/customers?signedUpFrom={today}&signedUpTo={yesterday}")).ProblemAsync(400);
        Assert.NotNull(problem["errors"]!["signedUpTo"]);
    }

    [Fact]
    public async Task A_customers_page_shows_their_orders_newest_first_paid_spend_per_currency_and_addresses()
    {
        var admin = await shop.AdminClientAsync();
        var (customer, userId, email) = await shop.NewCustomerAsync();
        var address = new { name = "Ada Lovelace", line1 = "1 Main Street", city = "Seattle", region = "WA", postalCode = "98101", country = "US" };
        Assert.Equal(HttpStatusCode.Created, (await customer.PostJsonAsync("/api/addresses", address)).StatusCode);
        var productId = await admin.CreateProductAsync(price: 12.50m, stock: 10);
        var paid = await CheckOutAsync(customer, productId, qty: 2);
        Assert.True((await customer.PostJsonAsync("/api/payments", new { orderId = paid, status = "SUCCESS" })).IsSuccessStatusCode);
        var unpaid = await CheckOutAsync(customer, productId, qty: 1);

        var page = await admin.GetJsonAsync($"/api/admin/customers/{userId}");

        Assert.Equal(email, (string?)page["customer"]!["email"]);
        Assert.Equal([unpaid, paid], page["orders"]!.AsArray().Select(o => (string)o!["orderId"]!));
        Assert.Equal(2, (int)page["orderCount"]!);
        var paidTotal = (decimal)(await customer.GetJsonAsync($"/api/orders/{paid}"))["totalAmount"]!;
        var spend = Assert.Single(page["lifetimeSpend"]!.AsArray());
        Assert.Equal(("USD", paidTotal), ((string)spend!["currency"]!, (decimal)spend["amount"]!));
        var saved = Assert.Single(page["addresses"]!.AsArray());
        Assert.Equal(("Ada Lovelace", true), ((string)saved!["name"]!, (bool)saved["isDefault"]!));
        Assert.Null(page["returns"]);
    }

    [Fact]
    public async Task A_disabled_shoppers_unpaid_order_is_released_by_the_sweep_as_it_expires()
    {
        var admin = await shop.AdminClientAsync();
        var (customer, userId, _) = await shop.NewCustomerAsync();
        var productId = await admin.CreateProductAsync(stock: 3);
        var orderId = await CheckOutAsync(customer, productId, qty: 2);

        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/admin/customers/{userId}/disable", null)).StatusCode);
        using (shop.Clock.Advance(TimeSpan.FromMinutes(31)))
        {
            Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync("/api/orders/expire-reservations", null)).StatusCode);
        }

        Assert.Equal("CANCELLED", (string?)(await admin.GetJsonAsync($"/api/orders/{orderId}"))["status"]);
        var stock = await shop.Client.GetJsonAsync($"/api/inventory/{productId}");
        Assert.Equal((3, 0), ((int)stock["availableQty"]!, (int)stock["reservedQty"]!));
    }

    [Fact]
    public async Task Racing_disable_and_enable_leaves_the_account_in_one_consistent_state()
    {
        var admin = await shop.AdminClientAsync();
        var (_, userId, email) = await shop.NewCustomerAsync();

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(n =>
            admin.PostAsync($"/api/admin/customers/{userId}/{(n % 2 == 0 ? "disable" : "enable")}", null)));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        var enabled = (bool)(await admin.GetJsonAsync($"/api/admin/customers/{userId}"))["customer"]!["enabled"]!;
        var login = await shop.Client.PostJsonAsync("/api/auth/login", new { email, password = ShopApi.CustomerPassword });
        Assert.Equal(enabled ? HttpStatusCode.OK : HttpStatusCode.Unauthorized, login.StatusCode);
    }

    private async Task<(HttpClient Client, string UserId, string Email)> NewAdminAsync()
    {
        var (_, userId, email) = await shop.NewCustomerAsync();
        Assert.Equal(HttpStatusCode.OK, (await (await shop.AdminClientAsync()).PutAsync($"/api/admin/customers/{userId}/admin-role", null)).StatusCode);
        return (shop.ClientWithToken((string)(await shop.LoginAsync(email, ShopApi.CustomerPassword))["accessToken"]!), userId, email);
    }

    private async Task<string> RegisterConfirmedAsync(string email)
    {
        var id = await shop.RegisterAsync(email, ShopApi.CustomerPassword);
        await shop.ConfirmAsync(email);
        return id;
    }

    private static async Task<string> CheckOutAsync(HttpClient customer, string productId, int qty)
    {
        Assert.True((await customer.PostJsonAsync("/api/cart/items", new { productId, qty })).IsSuccessStatusCode);
        var checkout = await customer.PostAsync("/api/orders/checkout", null);
        Assert.Equal(HttpStatusCode.Created, checkout.StatusCode);
        return (string)(await checkout.JsonAsync())["order"]!["orderId"]!;
    }

    private static IEnumerable<string> Groups(string accessToken) =>
        new JsonWebToken(accessToken).Claims.Where(c => c.Type == "cognito:groups").Select(c => c.Value);
}
