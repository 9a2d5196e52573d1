using System.Net;
using CloudRetail.BuildingBlocks.Aws;
using CloudRetail.Api.Tests.Infrastructure;
using CloudRetail.Notifications;
using Microsoft.Extensions.DependencyInjection;

namespace CloudRetail.Api.Tests.Notifications;

/// <summary>An e-mail failure is a recorded result, never an exception, and an admin can send it
/// again once SES is back. A second host whose SES endpoint is a closed port plays the outage; it
/// shares the emulators' tables, so the main host sees (and retries) what it recorded.</summary>
[Collection(ShopApiCollection.Name)]
public sealed class FailedNotificationTests(ShopApi shop)
{
    private string Ses => shop.Emulators.Urls.Ses;

    [Fact]
    public async Task The_contract_records_a_sent_notification()
    {
        var notifications = shop.Services.GetRequiredService<INotifications>();
        var email = ShopApi.NewEmail();
        var orderId = $"O-{Guid.NewGuid()}";

        var receipt = await notifications.SendOrderConfirmedAsync(new OrderConfirmedEmail(email, "U1", orderId, 42.5m, "SGD"), CancellationToken.None);

        Assert.True(receipt.Sent, receipt.Error);
        Assert.Equal(("order-confirmed", email), (receipt.Type, receipt.ToEmail));
        var record = await (await shop.AdminClientAsync()).GetJsonAsync($"/api/notifications/{receipt.NotificationId}");
        Assert.Equal("SENT", (string?)record["status"]);
        Assert.Equal(42.5m, (decimal)record["amount"]!);
        Assert.Contains("Total: 42.50 SGD", (string)(await SesOutbox.SingleMailToAsync(Ses, email))["body"]!["text"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_ses_the_contract_records_the_failure_instead_of_throwing_and_a_retry_sends_it_later()
    {
        await using var outage = StartWithoutSes();
        var email = ShopApi.NewEmail();
        var orderId = $"O-{Guid.NewGuid()}";

        var receipt = await outage.Services.GetRequiredService<INotifications>()
            .SendOrderConfirmedAsync(new OrderConfirmedEmail(email, "U1", orderId, 109.97m, "USD"), CancellationToken.None);

        Assert.False(receipt.Sent);
        Assert.StartsWith("Could not reach SES", receipt.Error, StringComparison.Ordinal);
        var admin = await shop.AdminClientAsync();
        var failed = await admin.GetJsonAsync($"/api/notifications/{receipt.NotificationId}");
        Assert.Equal(("FAILED", 1), ((string?)failed["status"], (int)failed["attempts"]!));
        Assert.Equal(receipt.Error, (string?)failed["error"]);
        Assert.Empty(await SesOutbox.MailsToAsync(Ses, email));

        var retry = await admin.PostAsync($"/api/notifications/{receipt.NotificationId}/retry", content: null);

        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(2, (int)(await retry.JsonAsync())["attempts"]!);
        var sent = await admin.GetJsonAsync($"/api/notifications/{receipt.NotificationId}");
        Assert.Equal(("SENT", 2), ((string?)sent["status"], (int)sent["attempts"]!));
        Assert.Null((string?)sent["error"]);
        Assert.NotNull((string?)sent["updatedAt"]);
        var mail = await SesOutbox.SingleMailToAsync(Ses, email);
        Assert.Contains("Total: 109.97 USD", (string)mail["body"]!["text"]!, StringComparison.Ordinal);
        Assert.Contains(orderId, (string)mail["body"]!["html"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_ses_the_endpoint_answers_502_and_the_attempt_stays_listed_as_failed()
    {
        await using var outage = StartWithoutSes();
        using var client = outage.CreateClient();
        client.DefaultRequestHeaders.Authorization = (await shop.AdminClientAsync()).DefaultRequestHeaders.Authorization;
        var email = ShopApi.NewEmail();

        var response = await client.PostJsonAsync("/api/notifications/user-registered", new { email, userId = "U1" });

        var problem = await response.ProblemAsync(502, "Notification could not be sent");
        Assert.Equal((email, "user-registered"), ((string?)problem["toEmail"], (string?)problem["notificationType"]));
        Assert.False(string.IsNullOrEmpty((string?)problem["error"]));
        var notificationId = (string)problem["notificationId"]!;
        Assert.Contains(notificationId, await FailedIdsAsync(await shop.AdminClientAsync()));
    }

    [Fact]
    public async Task Retrying_a_sent_notification_is_409_and_sends_nothing_more()
    {
        var admin = await shop.AdminClientAsync();
        var email = ShopApi.NewEmail();
        var sent = await (await admin.PostJsonAsync("/api/notifications/user-registered", new { email, userId = "U1" })).JsonAsync();

        var retry = await admin.PostAsync($"/api/notifications/{(string?)sent["notificationId"]}/retry", content: null);

        await retry.ProblemAsync(409, "Notification was already sent");
        Assert.Single(await SesOutbox.MailsToAsync(Ses, email));
    }

    [Fact]
    public async Task Retrying_an_unknown_or_malformed_id_is_a_problem()
    {
        var admin = await shop.AdminClientAsync();

        await (await admin.PostAsync($"/api/notifications/N-{Guid.NewGuid()}/retry", content: null)).ProblemAsync(404, "Notification not found");
        var malformed = await (await admin.PostAsync("/api/notifications/not-an-id/retry", content: null)).ProblemAsync(400);
        Assert.NotNull(malformed["errors"]?["notificationId"]);
    }

    [Fact]
    public async Task Failed_notifications_are_listed_newest_first_page_by_page()
    {
        await using var outage = StartWithoutSes();
        var notifications = outage.Services.GetRequiredService<INotifications>();
        var ours = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            ours.Add((await notifications.SendWelcomeAsync(new WelcomeEmail(ShopApi.NewEmail(), $"U{i}"), CancellationToken.None)).NotificationId);
        }

        var listed = await FailedIdsAsync(await shop.AdminClientAsync(), pageSize: 2);

        Assert.Equal(ours.AsEnumerable().Reverse(), listed.Where(ours.Contains));
    }

    [Theory]
    [InlineData("status=DELIVERED", "status")]
    [InlineData("limit=0", "limit")]
    [InlineData("status=FAILED&nextToken=not-a-token", "nextToken")]
    public async Task A_bad_listing_query_is_400_naming_the_parameter(string query, string field)
    {
        var response = await (await shop.AdminClientAsync()).GetAsync($"/api/notifications?{query}");

        Assert.NotNull((await response.ProblemAsync(400))["errors"]?[field]);
    }

    private ShopApiFactory StartWithoutSes() => shop.StartHost((LocalAwsOptions.SesUrlSetting, FreePorts.NowhereUrl()));

    /// <summary>Every FAILED notification id, following nextToken to the end (bounded).</summary>
    private static async Task<List<string>> FailedIdsAsync(HttpClient admin, int pageSize = 100)
    {
        var ids = new List<string>();
        string? nextToken = null;
        for (var page = 0; page < 200; page++)
        {
            var body = await admin.GetJsonAsync($"/api/notifications?status=FAILED&limit={pageSize}" + (nextToken is null ? "" : $"&nextToken={nextToken}"));
            var items = body["items"]!.AsArray();
            Assert.True(items.Count <= pageSize);
            Assert.All(items, item => Assert.Equal("FAILED", (string?)item!["status"]));
            ids.AddRange(items.Select(item => (string)item!["notificationId"]!));
            nextToken = (string?)body["nextToken"];
            if (nextToken is null)
            {
                break;
            }
        }
        return ids;
    }
}
