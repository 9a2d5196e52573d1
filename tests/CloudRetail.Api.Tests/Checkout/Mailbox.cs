using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CloudRetail.Api.Tests.Checkout;

/// <summary>What the SES emulator received, read back from its /store.</summary>
public static class Mailbox
{
    public static async Task<IReadOnlyList<JsonNode>> MailsToAsync(string sesUrl, string recipient, string subjectContains)
    {
        using var client = new HttpClient();
        var store = await client.GetFromJsonAsync<JsonNode>($"{sesUrl}/store");
        return store!["emails"]!.AsArray()
            .Where(m => m!["destination"]!["to"]!.AsArray().Any(to => (string?)to == recipient))
            .Where(m => ((string?)m!["subject"])?.Contains(subjectContains, StringComparison.OrdinalIgnoreCase) == true)
            .Select(m => m!)
            .ToList();
    }
}
