using System.Net;
using CloudRetail.Api.Tests.Infrastructure;

namespace CloudRetail.Api.Tests.Notifications;

/// <summary>The admin endpoints send real mails into aws-ses-v2-local, in their kept shapes (docs/compatibility.md).</summary>
[Collection(ShopApiCollection.Name)]
[Trait(ShippedBinary.Category, ShippedBinary.Runs)]
public sealed class SendNotificationTests(ShopApi shop)
{
    private string Ses => shop.Emulators.Urls.Ses;

    [Fact]
    public async Task Order_confirmed_mail_reaches_ses_with_the_order_and_its_total()
    {
        var admin = await shop.AdminClientAsync();
        var email = ShopApi.NewEmail();
        var orderId = $"O-{Guid.NewGuid()}";

        var response = await admin.PostJsonAsync("/api/notifications/order-confirmed",
            new { email, userId = "U1001", orderId, amount = 109.97m, currency = "USD" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal("Notification sent", (string?)body["message"]);
        Assert.Equal("order-confirmed", (string?)body["type"]);
        Assert.Equal(email, (string?)body["toEmail"]);
        var mail = await SesOutbox.SingleMailToAsync(Ses, email);
        Assert.Equal("noreply@cloudretail.local", (string?)mail["from"]);
        Assert.Equal($"Order confirmed: {orderId}", (string?)mail["subject"]);
        var html = (string)mail["body"]!["html"]!;
        var text = (string)mail["body"]!["text"]!;
        Assert.Contains($"<b>{orderId}</b>", html, StringComparison.Ordinal);
        Assert.Contains("<b>Total:</b> 109.97 USD", html, StringComparison.Ordinal);
        Assert.Contains($"Your order {orderId} is confirmed.", text, StringComparison.Ordinal);
        Assert.Contains("Total: 109.97 USD", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Payment_failed_mail_reaches_ses_naming_the_order()
    {
        var admin = await shop.AdminClientAsync();
        var email = ShopApi.NewEmail();
        var orderId = $"O-{Guid.NewGuid()}";

        var response = await admin.PostJsonAsync("/api/notifications/payment-failed", new { email, userId = "U1001", orderId });

        Assert.Equal("payment-failed", (string?)(await response.JsonAsync())["type"]);
        var mail = await SesOutbox.SingleMailToAsync(Ses, email);
        Assert.Equal($"Payment failed for order {orderId}", (string?)mail["subject"]);
        Assert.Contains($"Your payment for order <b>{orderId}</b> failed.", (string)mail["body"]!["html"]!, StringComparison.Ordinal);
        Assert.Contains($"Your payment for order {orderId} failed.", (string)mail["body"]!["text"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Welcome_mail_reaches_ses_with_html_and_text()
    {
        var admin = await shop.AdminClientAsync();
        var email = ShopApi.NewEmail();

        var response = await admin.PostJsonAsync("/api/notifications/user-registered", new { email, userId = "U1001" });

        var body = await response.JsonAsync();
        Assert.Equal(("Notification sent", "user-registered", email), ((string?)body["message"], (string?)body["type"], (string?)body["toEmail"]));
        var mail = await SesOutbox.SingleMailToAsync(Ses, email);
        Assert.Equal("Welcome to CloudRetail", (string?)mail["subject"]);
        Assert.Contains("<h2>Welcome to CloudRetail 🎉</h2>", (string)mail["body"]!["html"]!, StringComparison.Ordinal);
        Assert.Contains("your account has been created successfully", (string)mail["body"]!["text"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sent_notification_is_recorded_for_admins()
    {
        var admin = await shop.AdminClientAsync();
        var email = ShopApi.NewEmail();
        var orderId = $"O-{Guid.NewGuid()}";

        var sent = await (await admin.PostJsonAsync("/api/notifications/payment-failed", new { email, userId = "U7", orderId })).JsonAsync();

        var record = await admin.GetJsonAsync($"/api/notifications/{(string?)sent["notificationId"]}");
        Assert.Equal("SENT", (string?)record["status"]);
        Assert.Equal(("payment-failed", email, "U7", orderId), ((string?)record["type"], (string?)record["toEmail"], (string?)record["userId"], (string?)record["orderId"]));
        Assert.Equal(1, (int)record["attempts"]!);
        Assert.StartsWith("ses-", (string?)record["messageId"], StringComparison.Ordinal);
        Assert.Null((string?)record["error"]);
    }

    [Fact]
    public async Task An_unknown_type_is_404_naming_the_known_ones()
    {
        var admin = await shop.AdminClientAsync();

        var response = await admin.PostJsonAsync("/api/notifications/order-shipped", new { email = "a@example.com", userId = "U1" });

        var problem = await response.ProblemAsync(404, "Unknown notification type");
        Assert.Contains("order-confirmed", problem["knownTypes"]!.AsArray().Select(t => (string?)t));
    }

    [Fact]
    public async Task A_known_type_sent_as_anything_but_json_is_415_not_an_unknown_type()
    {
        var admin = await shop.AdminClientAsync();

        var response = await admin.SendRawAsync(HttpMethod.Post, "/api/notifications/user-registered", "email=a@example.com", "application/x-www-form-urlencoded");

        await response.ProblemAsync(415);
    }

    public static TheoryData<string, string?, string?> BadBodies => new()
    {
        // type, body, field named in errors
        { "user-registered", "{\"userId\": \"U1\"}", "email" },
        { "user-registered", "{\"email\": \"not-an-email\", \"userId\": \"U1\"}", "email" },
        { "user-registered", "{\"email\": \"" + new string('a', 250) + "@example.com\", \"userId\": \"U1\"}", "email" },
        { "user-registered", "{\"email\": \"a@example.com\"}", "userId" },
        { "user-registered", "{\"email\": \"a@example.com\", \"userId\": \"" + new string('u', 129) + "\"}", "userId" },
        { "order-confirmed", "{\"email\": \"a@example.com\", \"userId\": \"U1\", \"orderId\": \"O-1\", \"amount\": 0, \"currency\": \"USD\"}", "amount" },
        { "order-confirmed", "{\"email\": \"a@example.com\", \"userId\": \"U1\", \"orderId\": \"O-1\", \"amount\": -5, \"currency\": \"USD\"}", "amount" },
        { "order-confirmed", "{\"email\": \"a@example.com\", \"userId\": \"U1\", \"orderId\": \"O-1\", \"currency\": \"USD\"}", "amount" },
        { "order-confirmed", "{\"email\": \"a@example.com\", \"userId\": \"U1\", \"orderId\": \"O-1\", \"amount\": \"lots\", \"currency\": \"USD\"}", "amount" },
        { "order-confirmed", "{\"email\": \"a@example.com\", \"userId\": \"U1\", \"orderId\": \"O-1\", \"amount\": 10, \"currency\": \"dollars\"}", "currency" },
        { "order-confirmed", "{\"email\": \"a@example.com\", \"userId\": \"U1\", \"amount\": 10, \"currency\": \"USD\"}", "orderId" },
        { "payment-failed", "{\"email\": \"a@example.com\", \"userId\": \"U1\", \"orderId\": \"<b>O-1</b>\"}", "orderId" },
        { "payment-failed", "not json", "body" },
        { "payment-failed", null, null },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task A_bad_body_is_400_problem_naming_the_field_and_sends_nothing(string type, string? body, string? field)
    {
        var admin = await shop.AdminClientAsync();
        var before = (await SesOutbox.MailsToAsync(Ses, "a@example.com")).Count;

        var response = await admin.SendRawAsync(HttpMethod.Post, $"/api/notifications/{type}", body);

        var problem = await response.ProblemAsync(400);
        Assert.False(string.IsNullOrWhiteSpace((string?)problem["message"]));
        if (field is not null)
        {
            Assert.True(problem["errors"]?[field] is not null, $"errors should name '{field}': {problem.ToJsonString()}");
        }
        Assert.Equal(before, (await SesOutbox.MailsToAsync(Ses, "a@example.com")).Count);
    }

    /// <summary>Customers get 403 here too: Identity's test of every admin route finds these by their policy.</summary>
    [Fact]
    public async Task The_anonymous_may_neither_send_nor_read_notifications()
    {
        var email = ShopApi.NewEmail();

        var send = await shop.Client.PostJsonAsync("/api/notifications/user-registered", new { email, userId = "U1" });
        var list = await shop.Client.GetAsync("/api/notifications?status=FAILED");
        var retry = await shop.Client.PostAsync($"/api/notifications/N-{Guid.NewGuid()}/retry", content: null);

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized], new[] { send.StatusCode, list.StatusCode, retry.StatusCode });
        Assert.Empty(await SesOutbox.MailsToAsync(Ses, email));
    }
}
