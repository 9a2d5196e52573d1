using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CloudRetail.Testing;

/// <summary>The mails aws-ses-v2-local accepted, read back from its GET /store
/// ({emails: [{messageId, from, destination: {to}, subject, body: {html, text}, at}]}).</summary>
public static class SesOutbox
{
    private static readonly HttpClient Http = new();

    public static async Task<JsonNode> SingleMailToAsync(string sesUrl, string recipient)
    {
        var mails = await MailsToAsync(sesUrl, recipient);
        Assert.True(mails.Count == 1, $"expected one mail to {recipient}, found {mails.Count}");
        return mails[0];
    }

    /// <summary>Every mail to <paramref name="recipient"/>, or only those whose subject contains <paramref name="subjectContains"/>.</summary>
    public static async Task<IReadOnlyList<JsonNode>> MailsToAsync(string sesUrl, string recipient, string? subjectContains = null)
    {
        var store = await Http.GetFromJsonAsync<JsonNode>($"{sesUrl}/store");
        return store!["emails"]!.AsArray()
            .Where(mail => mail!["destination"]!["to"]!.AsArray().Any(to => (string?)to == recipient))
            .Where(mail => subjectContains is null || ((string?)mail!["subject"])?.Contains(subjectContains, StringComparison.OrdinalIgnoreCase) == true)
            .Select(mail => mail!)
            .ToList();
    }
}
