using System.Net;
using System.Text.Json.Nodes;
using UglyToad.PdfPig;

namespace CloudRetail.Api.Tests.Invoices;

/// <summary>An order's invoice as its owner gets it: the link from the API, then the PDF from S3, read
/// back into the words a reader sees.</summary>
internal static class InvoicePdf
{
    private static readonly HttpClient Download = new();

    public static async Task<JsonNode> LinkAsync(HttpClient client, string orderId)
    {
        var answer = await client.GetAsync($"/api/orders/{orderId}/invoice");
        Assert.True(answer.StatusCode == HttpStatusCode.OK, $"invoice of {orderId}: {(int)answer.StatusCode} {await answer.Content.ReadAsStringAsync()}");
        return await answer.JsonAsync();
    }

    public static async Task<(string Number, IReadOnlyList<string> Words)> ReadAsync(HttpClient client, string orderId)
    {
        var link = await LinkAsync(client, orderId);
        using var pdf = await Download.GetAsync((string)link["url"]!);
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        using var document = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync());
        return ((string)link["invoiceNumber"]!, document.GetPages().SelectMany(page => page.GetWords()).Select(word => word.Text).ToList());
    }

    public static long Sequence(string invoiceNumber) => long.Parse(invoiceNumber["INV-".Length..], System.Globalization.CultureInfo.InvariantCulture);
}
