using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CloudRetail.Api.Tests.Notifications;

/// <summary>The mails aws-ses-v2-local accepted, read back from its GET /store
/// ({emails: [{messageId, from, destination: {to}, subject, body: {html, text}, at}]}).</summary>
public static class SesOutbox
{
    public static async Task<JsonNode> SingleMailToAsync(string sesUrl, string recipient)
    {
        var mails = await MailsToAsync(sesUrl, recipient);
        Assert.True(mails.Count == 1, $"expected one mail to {recipient}, found {mails.Count}");
        return mails[0];
    }

    public static async Task<IReadOnlyList<JsonNode>> MailsToAsync(string sesUrl, string recipient)
    {
        using var client = new HttpClient();
        var store = await client.GetFromJsonAsync<JsonNode>($"{sesUrl}/store");
        return store!["emails"]!.AsArray()
            .Where(mail => mail!["destination"]!["to"]!.AsArray().Any(to => (string?)to == recipient))
            .Select(mail => mail!)
            .ToList();
    }
}
