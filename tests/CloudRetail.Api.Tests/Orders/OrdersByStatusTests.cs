using System.Net;
using CloudRetail.Api.Tests.Infrastructure;

namespace CloudRetail.Api.Tests.Orders;

[Collection(ShopApiCollection.Name)]
[Trait(ShippedBinary.Category, ShippedBinary.Runs)]
public sealed class OrdersByStatusTests(ShopApi shop)
{
    [Fact]
    public async Task Admin_pages_through_one_status_newest_first_and_sees_an_order_move_to_shipped()
    {
        var admin = await shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync(price: 3m, stock: 10);
        var placed = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var (customer, _, _) = await shop.NewCustomerAsync();
            await customer.PostJsonAsync("/api/cart/items", new { productId, qty = 1 });
            var orderId = (string)(await (await customer.PostAsync("/api/orders/checkout", null)).JsonAsync())["order"]!["orderId"]!;
            await customer.PostJsonAsync("/api/payments", new { orderId, status = "SUCCESS" });
            placed.Add(orderId);
        }

        var confirmed = await AllPagesAsync(admin, "CONFIRMED");
        var mine = confirmed.Where(o => placed.Contains((string)o["orderId"]!)).ToList();
        Assert.Equal(placed.AsEnumerable().Reverse(), mine.Select(o => (string)o["orderId"]!));
        Assert.All(confirmed, o => Assert.Equal("CONFIRMED", (string?)o["status"]));
        var created = confirmed.Select(o => (string)o["createdAt"]!).ToList();
        Assert.Equal(created.OrderDescending(StringComparer.Ordinal), created);
        Assert.Equal(3m, (decimal)mine[0]["totalAmount"]!);

        await admin.PostJsonAsync($"/api/orders/{placed[0]}/ship", new { trackingNumber = "TRK-1" });

        Assert.DoesNotContain(placed[0], (await AllPagesAsync(admin, "CONFIRMED")).Select(o => (string)o["orderId"]!));
        Assert.Contains(placed[0], (await AllPagesAsync(admin, "SHIPPED")).Select(o => (string)o["orderId"]!));
    }

    [Theory]
    [InlineData("")]
    [InlineData("?status=shipped")]
    [InlineData("?status=LOST")]
    public async Task A_missing_or_unknown_status_is_400_naming_the_allowed_values(string query)
    {
        var admin = await shop.AdminClientAsync();

        var problem = await (await admin.GetAsync($"/api/admin/orders{query}")).ProblemAsync(400);

        Assert.Equal("status must be one of PENDING, PAYING, CONFIRMED, SHIPPED, DELIVERED, CANCELLED", (string?)problem["message"]);
        Assert.NotNull(problem["errors"]!["status"]);
    }

    [Fact]
    public async Task A_cursor_from_another_status_or_made_up_is_400()
    {
        var admin = await shop.AdminClientAsync();
        var page = await admin.GetJsonAsync("/api/admin/orders?status=CONFIRMED&limit=1");
        var cursor = (string?)page["nextToken"] ?? "bm90LWEtY3Vyc29y";

        await (await admin.GetAsync($"/api/admin/orders?status=SHIPPED&cursor={Uri.EscapeDataString(cursor)}")).ProblemAsync(400);
        await (await admin.GetAsync("/api/admin/orders?status=SHIPPED&cursor=%%%")).ProblemAsync(400);
        await (await admin.GetAsync("/api/admin/orders?status=SHIPPED&limit=0")).ProblemAsync(400);
    }

    [Fact]
    public async Task Customers_are_refused_and_anonymous_callers_must_sign_in()
    {
        var (customer, _, _) = await shop.NewCustomerAsync();

        await (await customer.GetAsync("/api/admin/orders?status=PENDING")).ProblemAsync(403);
        await (await shop.Client.GetAsync("/api/admin/orders?status=PENDING")).ProblemAsync(401);
    }

    private static Task<List<System.Text.Json.Nodes.JsonNode>> AllPagesAsync(HttpClient admin, string status) =>
        admin.AllPagesAsync($"/api/admin/orders?status={status}&limit=2", cursorParameter: "cursor");
}
