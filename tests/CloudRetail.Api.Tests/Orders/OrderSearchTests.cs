using CloudRetail.Api.Tests.Infrastructure;
using CloudRetail.Api.Tests.Payments;

namespace CloudRetail.Api.Tests.Orders;

[Collection(ShopApiCollection.Name)]
public sealed class OrderSearchTests(ShopApi shop)
{
    [Fact]
    public async Task Staff_find_a_customers_orders_by_email_in_any_case_newest_first_and_narrow_them_by_status_total_and_date()
    {
        var admin = await shop.AdminClientAsync();
        var (cheap, dear) = (await admin.CreateProductAsync(price: 5.00m, stock: 10), await admin.CreateProductAsync(price: 80.00m, stock: 10));
        var (customer, _, email) = await shop.NewCustomerAsync();
        var (other, _, _) = await shop.NewCustomerAsync();
        var first = await RefundTests.PaidOrderAsync(customer, (cheap, 1));
        var second = await RefundTests.PaidOrderAsync(customer, (dear, 1));
        var unpaid = await PaymentRaceTests.CheckOutAsync(customer, cheap, qty: 2);
        await RefundTests.PaidOrderAsync(other, (cheap, 1));
        var byEmail = $"/api/admin/orders?email={Uri.EscapeDataString(email.ToUpperInvariant())}";

        Assert.Equal([unpaid, second, first], await IdsAsync(admin, byEmail));
        Assert.Equal([second, first], await IdsAsync(admin, $"{byEmail}&status=CONFIRMED"));
        Assert.Equal([second], await IdsAsync(admin, $"{byEmail}&minTotal=50"));
        Assert.Equal([unpaid, first], await IdsAsync(admin, $"{byEmail}&maxTotal=50.00"));
        Assert.Equal([first], await IdsAsync(admin, $"{byEmail}&status=CONFIRMED&minTotal=1&maxTotal=5"));
        var today = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal([unpaid, second, first], await IdsAsync(admin, $"{byEmail}&from={today}&to={today}"));
        Assert.Empty(await IdsAsync(admin, $"{byEmail}&to=2020-01-01"));
        Assert.Equal([second], await IdsAsync(admin, $"/api/admin/orders?orderId={second}&email={Uri.EscapeDataString(email)}"));
        Assert.Empty(await IdsAsync(admin, $"/api/admin/orders?orderId={second}&status=PENDING"));
        Assert.Contains(second, await IdsAsync(admin, $"/api/admin/orders?status=CONFIRMED&minTotal=80&maxTotal=80&from={today}", pages: 50));
    }

    [Fact]
    public async Task A_search_pages_with_a_cursor_good_only_for_that_search()
    {
        var admin = await shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync(price: 2.00m, stock: 10);
        var (customer, _, email) = await shop.NewCustomerAsync();
        var placed = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            placed.Add(await RefundTests.PaidOrderAsync(customer, (productId, 1)));
        }

        var page = await admin.GetJsonAsync($"/api/admin/orders?email={Uri.EscapeDataString(email)}&limit=2");
        var cursor = Uri.EscapeDataString((string)page["nextToken"]!);
        var next = await admin.GetJsonAsync($"/api/admin/orders?email={Uri.EscapeDataString(email)}&limit=2&cursor={cursor}");

        Assert.Equal(placed.AsEnumerable().Reverse(), page["items"]!.AsArray().Concat(next["items"]!.AsArray()).Select(o => (string)o!["orderId"]!));
        var problem = await (await admin.GetAsync($"/api/admin/orders?email={Uri.EscapeDataString(email)}&status=CONFIRMED&limit=2&cursor={cursor}")).ProblemAsync(400);
        Assert.NotNull(problem["errors"]!["cursor"]);
    }

    [Theory]
    [InlineData("orderId=12345", "orderId")]
    [InlineData("email=not-an-address", "email")]
    [InlineData("status=LOST", "status")]
    [InlineData("minTotal=5", "status")]
    [InlineData("status=CONFIRMED&from=yesterday", "from")]
    [InlineData("status=CONFIRMED&to=2026-13-01", "to")]
    [InlineData("status=CONFIRMED&from=2026-12-02&to=2026-12-01", "to")]
    [InlineData("status=CONFIRMED&minTotal=ten", "minTotal")]
    [InlineData("status=CONFIRMED&maxTotal=-1", "maxTotal")]
    [InlineData("status=CONFIRMED&minTotal=20&maxTotal=10", "maxTotal")]
    public async Task A_bad_search_is_400_naming_the_parameter(string query, string field)
    {
        var admin = await shop.AdminClientAsync();

        var problem = await (await admin.GetAsync($"/api/admin/orders?{query}")).ProblemAsync(400);

        Assert.NotNull(problem["errors"]![field]);
    }

    private static async Task<List<string>> IdsAsync(HttpClient admin, string path, int pages = 5)
    {
        var ids = new List<string>();
        string? cursor = null;
        for (var page = 0; page < pages; page++)
        {
            var found = await admin.GetJsonAsync(cursor is null ? path : $"{path}&cursor={Uri.EscapeDataString(cursor)}");
            ids.AddRange(found["items"]!.AsArray().Select(o => (string)o!["orderId"]!));
            if ((cursor = (string?)found["nextToken"]) is null)
            {
                break;
            }
        }
        return ids;
    }
}
