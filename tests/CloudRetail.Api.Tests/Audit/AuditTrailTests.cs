using System.Net;
using System.Text.Json.Nodes;
using CloudRetail.Api.Tests.Infrastructure;
using CloudRetail.Api.Tests.Payments;

namespace CloudRetail.Api.Tests.Audit;

/// <summary>Every admin action leaves exactly one entry in the audit trail, written with the change (a refused
/// change leaves none); admins list it newest first and filter it; nobody changes or deletes an entry.</summary>
[Collection(ShopApiCollection.Name)]
public sealed class AuditTrailTests(ShopApi shop)
{
    [Fact]
    public async Task Product_writes_each_leave_one_entry_with_the_fields_they_changed()
    {
        var admin = await shop.AdminClientAsync();
        var adminId = await IdOfAsync(admin);
        var productId = await admin.CreateProductAsync(price: 10.00m);

        await Ok(admin.PutJsonAsync($"/api/products/{productId}", new { name = "Audited lamp", category = "Test", price = 12.50m, currency = "USD" }));
        await Ok(admin.DeleteAsync($"/api/products/{productId}"));

        var entries = await EntriesAsync(admin, $"subjectId={productId}");
        Assert.Equal(["PRODUCT_DELETED", "PRODUCT_UPDATED", "PRODUCT_CREATED"], entries.Select(e => (string?)e["action"]));
        Assert.All(entries, e => Assert.Equal((adminId, ShopApi.AdminEmail, "PRODUCT", productId),
            ((string?)e["adminId"], (string?)e["adminEmail"], (string?)e["subjectType"], (string?)e["subjectId"])));
        var created = entries[2];
        Assert.Null(created["before"]);
        Assert.Equal("10", (string?)created["after"]!["price"]);
        var updated = entries[1];
        Assert.Equal(("10", "12.5"), ((string?)updated["before"]!["price"], (string?)updated["after"]!["price"]));
        Assert.Equal("Audited lamp", (string?)updated["after"]!["name"]);
        Assert.Null(updated["before"]!["category"]);
        var deleted = entries[0];
        Assert.Equal(("12.5", null), ((string?)deleted["before"]!["price"], deleted["after"]));
    }

    [Fact]
    public async Task A_count_and_an_adjustment_each_leave_one_entry_with_available_before_and_after_and_the_reason()
    {
        var admin = await shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync(stock: 5);

        await Ok(admin.PutJsonAsync($"/api/inventory/{productId}", new { availableQty = 9, reason = "shelf count" }));
        await Ok(admin.PostJsonAsync($"/api/inventory/{productId}/adjustments", new { qty = -2, reason = "two broken" }));

        var entries = await EntriesAsync(admin, $"subjectId={productId}&action=STOCK_ADJUSTED");
        var adjusted = Assert.Single(entries);
        Assert.Equal(("STOCK", "9", "7", "two broken"), ((string?)adjusted["subjectType"], (string?)adjusted["before"]!["availableQty"],
            (string?)adjusted["after"]!["availableQty"], (string?)adjusted["reason"]));
        // The helper's stock was a count too (5), so the product has two counts: 0 → 5, then 5 → 9.
        var counts = await EntriesAsync(admin, $"subjectId={productId}&action=STOCK_COUNTED");
        Assert.Equal([("5", "9", "shelf count"), ("0", "5", "test stock")],
            counts.Select(c => ((string?)c["before"]!["availableQty"], (string?)c["after"]!["availableQty"], (string?)c["reason"])));
    }

    [Fact]
    public async Task Staff_order_moves_and_a_refund_each_leave_one_entry_on_the_order()
    {
        var admin = await shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync(price: 8.00m, stock: 10);
        var (customer, _, _) = await shop.NewCustomerAsync();
        var shipped = await RefundTests.PaidOrderAsync(customer, (productId, 2));
        var cancelled = await RefundTests.PaidOrderAsync(customer, (productId, 1));

        await Ok(admin.PostJsonAsync($"/api/orders/{shipped}/ship", new { trackingNumber = "TRK-AUDIT" }));
        await Ok(admin.PostAsync($"/api/orders/{shipped}/deliver", null));
        Assert.Equal(HttpStatusCode.Created, (await admin.PostJsonAsync($"/api/orders/{shipped}/refunds", new { reason = "one scratched", amount = 3.00m })).StatusCode);
        await Ok(admin.PostJsonAsync($"/api/orders/{cancelled}/staff-cancel", new { reason = "cannot source it" }));

        var moves = await EntriesAsync(admin, $"subjectId={shipped}");
        Assert.Equal(["REFUND_ISSUED", "ORDER_DELIVERED", "ORDER_SHIPPED"], moves.Select(e => (string?)e["action"]));
        Assert.Equal(("CONFIRMED", "SHIPPED", "TRK-AUDIT"), ((string?)moves[2]["before"]!["status"], (string?)moves[2]["after"]!["status"], (string?)moves[2]["after"]!["trackingNumber"]));
        Assert.Equal(("SHIPPED", "DELIVERED"), ((string?)moves[1]["before"]!["status"], (string?)moves[1]["after"]!["status"]));
        Assert.Equal(("0", "3", "one scratched"), ((string?)moves[0]["before"]!["refunded"], (string?)moves[0]["after"]!["refunded"], (string?)moves[0]["reason"]));
        var cancel = Assert.Single(await EntriesAsync(admin, $"subjectId={cancelled}"));
        Assert.Equal(("ORDER_CANCELLED", "CONFIRMED", "CANCELLED", "cannot source it"),
            ((string?)cancel["action"], (string?)cancel["before"]!["status"], (string?)cancel["after"]!["status"], (string?)cancel["reason"]));
    }

    [Fact]
    public async Task Return_decisions_each_leave_one_entry_on_the_return()
    {
        var admin = await shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync(price: 6.00m, stock: 10);
        var (customer, _, _) = await shop.NewCustomerAsync();
        var orderId = await RefundTests.PaidOrderAsync(customer, (productId, 2));
        await Ok(admin.PostJsonAsync($"/api/orders/{orderId}/ship", new { trackingNumber = "TRK-R" }));
        await Ok(admin.PostAsync($"/api/orders/{orderId}/deliver", null));
        var kept = await RequestReturnAsync(customer, orderId, productId);
        var refused = await RequestReturnAsync(customer, orderId, productId);

        await Ok(admin.PostAsync($"/api/admin/returns/{kept}/approve", null));
        await Ok(admin.PostJsonAsync($"/api/admin/returns/{kept}/receive", new { lines = new[] { new { productId, disposition = "BACK_TO_STOCK" } } }));
        await Ok(admin.PostJsonAsync($"/api/admin/returns/{refused}/reject", new { reason = "worn" }));

        var received = await EntriesAsync(admin, $"subjectId={kept}");
        Assert.Equal(["RETURN_RECEIVED", "RETURN_APPROVED"], received.Select(e => (string?)e["action"]));
        Assert.Equal(("APPROVED", "RECEIVED", "1 BACK_TO_STOCK"),
            ((string?)received[0]["before"]!["status"], (string?)received[0]["after"]!["status"], (string?)received[0]["after"]![$"line {productId}"]));
        var rejected = Assert.Single(await EntriesAsync(admin, $"subjectId={refused}"));
        Assert.Equal(("RETURN_REJECTED", "REJECTED", "worn"), ((string?)rejected["action"], (string?)rejected["after"]!["status"], (string?)rejected["reason"]));
    }

    [Fact]
    public async Task Account_changes_are_recorded_once_each_after_cognito_accepts_them()
    {
        var admin = await shop.AdminClientAsync();
        var (_, userId, email) = await shop.NewCustomerAsync();

        await Ok(admin.PostAsync($"/api/admin/customers/{userId}/disable", null));
        await Ok(admin.PostAsync($"/api/admin/customers/{userId}/enable", null));
        await Ok(admin.PutAsync($"/api/admin/customers/{userId}/admin-role", null));
        await Ok(admin.DeleteAsync($"/api/admin/customers/{userId}/admin-role"));

        var entries = await EntriesAsync(admin, $"subjectId={userId}");
        Assert.Equal(["ADMIN_ROLE_REVOKED", "ADMIN_ROLE_GRANTED", "CUSTOMER_ENABLED", "CUSTOMER_DISABLED"], entries.Select(e => (string?)e["action"]));
        Assert.Equal(("true", "false", email), ((string?)entries[3]["before"]!["enabled"], (string?)entries[3]["after"]!["enabled"], (string?)entries[3]["after"]!["email"]));
        Assert.Equal(("false", "true"), ((string?)entries[1]["before"]!["admin"], (string?)entries[1]["after"]!["admin"]));
    }

    [Fact]
    public async Task A_csv_import_is_one_entry_with_its_counts_and_a_dry_run_is_none()
    {
        var admin = await shop.AdminClientAsync();
        var (one, two) = (TestCatalog.NewProductId(), TestCatalog.NewProductId());
        var csv = $"productId,name,category,price,currency,stock\r\n{one},Audit mug,Kitchen,4.50,USD,3\r\n{two},Audit jug,Kitchen,9.00,USD,\r\n";

        Assert.Equal(HttpStatusCode.OK, (await admin.SendRawAsync(HttpMethod.Post, "/api/admin/imports/products?dryRun=true", csv, "text/csv")).StatusCode);
        var dryRuns = await EntriesAsync(admin, "action=PRODUCTS_IMPORTED&limit=100");
        Assert.Equal(HttpStatusCode.OK, (await admin.SendRawAsync(HttpMethod.Post, "/api/admin/imports/products", csv, "text/csv")).StatusCode);

        var runs = await EntriesAsync(admin, "action=PRODUCTS_IMPORTED&limit=100");
        var run = Assert.Single(runs.ExceptBy(dryRuns.Select(e => (string?)e["entryId"]), e => (string?)e["entryId"]));
        Assert.Equal(("IMPORT", "2", "2", "1"), ((string?)run["subjectType"], (string?)run["after"]!["rows"], (string?)run["after"]!["created"], (string?)run["after"]!["stockCounted"]));
        // The rows themselves are the import's, not admin actions of their own.
        Assert.Empty(await EntriesAsync(admin, $"subjectId={one}"));
    }

    [Fact]
    public async Task A_refused_change_writes_no_entry()
    {
        var admin = await shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync(stock: 2);
        var (customer, _, _) = await shop.NewCustomerAsync();
        Assert.Equal(HttpStatusCode.OK, (await customer.PostJsonAsync("/api/cart/items", new { productId, qty = 1 })).StatusCode);
        var unpaid = (string)(await (await customer.PostAsync("/api/orders/checkout", null)).JsonAsync())["order"]!["orderId"]!;
        var before = await EntriesAsync(admin, $"subjectId={productId}");

        await (await admin.PutJsonAsync($"/api/products/{productId}", new { name = "X", category = "Test", price = -1m, currency = "USD" })).ProblemAsync(400);
        await (await admin.PostJsonAsync($"/api/inventory/{productId}/adjustments", new { qty = -5, reason = "lost" })).ProblemAsync(409);
        await (await admin.PostJsonAsync($"/api/inventory/{productId}/adjustments", new { qty = 0, reason = "nothing" })).ProblemAsync(400);
        await (await admin.PostJsonAsync($"/api/orders/{unpaid}/ship", new { trackingNumber = "TRK-NO" })).ProblemAsync(409);
        await (await admin.PostJsonAsync($"/api/orders/{unpaid}/refunds", new { reason = "x", amount = 1.00m })).ProblemAsync(409);

        Assert.Equal(before.Select(e => (string?)e["entryId"]), (await EntriesAsync(admin, $"subjectId={productId}")).Select(e => (string?)e["entryId"]));
        Assert.Empty(await EntriesAsync(admin, $"subjectId={unpaid}"));
    }

    [Fact]
    public async Task Parallel_adjustments_by_two_admins_leave_one_entry_each_chained_to_the_final_on_hand()
    {
        const int Adjustments = 8;
        var admin = await shop.AdminClientAsync();
        var (other, otherId, otherEmail) = await NewAdminAsync();
        var productId = await admin.CreateProductAsync(stock: 10);

        var answers = await Task.WhenAll(Enumerable.Range(1, Adjustments).Select(qty =>
            (qty % 2 == 0 ? admin : other).PostJsonAsync($"/api/inventory/{productId}/adjustments", new { qty, reason = $"delivery {qty}" })));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        var onHand = (int)(await shop.Client.GetJsonAsync($"/api/inventory/{productId}"))["availableQty"]!;
        Assert.Equal(10 + Enumerable.Range(1, Adjustments).Sum(), onHand);
        var entries = await EntriesAsync(admin, $"subjectId={productId}&action=STOCK_ADJUSTED&limit=100");
        Assert.Equal(Adjustments, entries.Count);
        Assert.Equal(Adjustments / 2, entries.Count(e => (string?)e["adminId"] == otherId && (string?)e["adminEmail"] == otherEmail));
        // Each entry starts where another ended: from the 10 counted to the final on hand, no step lost or told twice.
        var steps = entries.Select(e => (Before: int.Parse((string)e["before"]!["availableQty"]!), After: int.Parse((string)e["after"]!["availableQty"]!)))
            .OrderBy(s => s.Before).ToList();
        Assert.Equal(10, steps[0].Before);
        Assert.All(steps.Zip(steps.Skip(1)), pair => Assert.Equal(pair.First.After, pair.Second.Before));
        Assert.Equal(onHand, steps[^1].After);
        Assert.Equal(Enumerable.Range(1, Adjustments), steps.Select(s => s.After - s.Before).Order());
    }

    [Fact]
    public async Task The_trail_is_newest_first_paged_and_filtered_by_admin_action_subject_and_dates()
    {
        var admin = await shop.AdminClientAsync();
        var adminId = await IdOfAsync(admin);
        var productId = await admin.CreateProductAsync(price: 1.00m);
        foreach (var price in new[] { 2.00m, 3.00m, 4.00m })
        {
            await Ok(admin.PutJsonAsync($"/api/products/{productId}", new { name = "Paged", category = "Test", price, currency = "USD" }));
        }

        var firstPage = await admin.GetJsonAsync($"/api/admin/audit?subjectId={productId}&action=PRODUCT_UPDATED&limit=2");
        var all = await admin.AllPagesAsync($"/api/admin/audit?subjectId={productId}&action=PRODUCT_UPDATED&limit=2", "cursor");
        Assert.Equal((2, true), (firstPage["items"]!.AsArray().Count, firstPage["nextToken"] is not null));
        Assert.Equal(["4", "3", "2"], all.Select(e => (string?)e["after"]!["price"]));
        var byAdmin = await EntriesAsync(admin, $"adminId={adminId}&action=PRODUCT_UPDATED&limit=10");
        Assert.All(byAdmin, e => Assert.Equal((adminId, "PRODUCT_UPDATED"), ((string?)e["adminId"], (string?)e["action"])));
        Assert.Contains(byAdmin, e => (string?)e["subjectId"] == productId);
        var feed = await EntriesAsync(admin, "limit=5");
        Assert.Equal(feed.Select(e => (string?)e["at"]).Order(StringComparer.Ordinal).Reverse(), feed.Select(e => (string?)e["at"]));
        var today = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(4, (await EntriesAsync(admin, $"subjectId={productId}&from={today}&to={today}")).Count);
        Assert.Empty(await EntriesAsync(admin, $"subjectId={productId}&from={DateTimeOffset.UtcNow.AddDays(1):yyyy-MM-dd}"));
        Assert.Empty(await EntriesAsync(admin, $"subjectId={productId}&to={DateTimeOffset.UtcNow.AddDays(-1):yyyy-MM-dd}"));
    }

    [Theory]
    [InlineData("from=yesterday", "from")]
    [InlineData("to=2026-02-30", "to")]
    [InlineData("from=2026-12-02&to=2026-12-01", "to")]
    [InlineData("action=PRICE_CHANGED", "action")]
    [InlineData("limit=0", "limit")]
    [InlineData("cursor=forged.cursor", "cursor")]
    public async Task A_bad_parameter_is_a_400_naming_it(string query, string field)
    {
        var admin = await shop.AdminClientAsync();

        var problem = await (await admin.GetAsync($"/api/admin/audit?{query}")).ProblemAsync(400);

        Assert.NotNull(problem["errors"]![field]);
    }

    [Fact]
    public async Task A_cursor_serves_only_the_search_that_handed_it_out()
    {
        var admin = await shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync();
        await Ok(admin.PutJsonAsync($"/api/products/{productId}", new { name = "Cursor", category = "Test", price = 2m, currency = "USD" }));
        var first = await admin.GetJsonAsync($"/api/admin/audit?subjectId={productId}&limit=1");

        var reused = await admin.GetAsync($"/api/admin/audit?action=PRODUCT_UPDATED&cursor={Uri.EscapeDataString((string)first["nextToken"]!)}");

        Assert.NotNull((await reused.ProblemAsync(400))["errors"]!["cursor"]);
    }

    [Fact]
    public async Task A_shopper_gets_403_and_nobody_can_change_or_delete_an_entry()
    {
        var admin = await shop.AdminClientAsync();
        var (customer, _, _) = await shop.NewCustomerAsync();
        var productId = await admin.CreateProductAsync();
        var entry = Assert.Single(await EntriesAsync(admin, $"subjectId={productId}"));

        await (await customer.GetAsync("/api/admin/audit")).ProblemAsync(403);
        await (await shop.Client.GetAsync("/api/admin/audit")).ProblemAsync(401);
        foreach (var method in new[] { HttpMethod.Put, HttpMethod.Patch, HttpMethod.Delete })
        {
            foreach (var path in new[] { "/api/admin/audit", $"/api/admin/audit/{Uri.EscapeDataString((string)entry["entryId"]!)}" })
            {
                var answer = await admin.SendRawAsync(method, path, "{\"action\": \"PRODUCT_DELETED\"}");
                Assert.True(answer.StatusCode is HttpStatusCode.MethodNotAllowed or HttpStatusCode.NotFound, $"{method} {path}: {(int)answer.StatusCode}");
            }
        }

        Assert.Equal(entry.ToJsonString(), Assert.Single(await EntriesAsync(admin, $"subjectId={productId}")).ToJsonString());
    }

    private static async Task<List<JsonNode>> EntriesAsync(HttpClient admin, string query) =>
        [.. (await admin.GetJsonAsync($"/api/admin/audit?{query}"))["items"]!.AsArray().Select(e => e!)];

    private static async Task<string> IdOfAsync(HttpClient client) => (string)(await client.GetJsonAsync("/api/auth/me"))["id"]!;

    private static async Task Ok(Task<HttpResponseMessage> request)
    {
        var response = await request;
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    private static async Task<string> RequestReturnAsync(HttpClient customer, string orderId, string productId)
    {
        var response = await customer.PostJsonAsync($"/api/orders/{orderId}/returns", new { reason = "does not fit", lines = new[] { new { productId, quantity = 1 } } });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (string)(await response.JsonAsync())["returnId"]!;
    }

    private async Task<(HttpClient Client, string UserId, string Email)> NewAdminAsync()
    {
        var (_, userId, email) = await shop.NewCustomerAsync();
        await Ok((await shop.AdminClientAsync()).PutAsync($"/api/admin/customers/{userId}/admin-role", null));
        return (shop.ClientWithToken((string)(await shop.LoginAsync(email, ShopApi.CustomerPassword))["accessToken"]!), userId, email);
    }
}
