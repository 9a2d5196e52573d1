using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CloudRetail.Api.Tests.OpenApi;

/// <summary>Sends real requests and holds every answer to the document: each mismatch is kept, with
/// the operations and statuses seen, for the test to report and assert on.</summary>
public sealed class DocumentedClient(ApiDocument document)
{
    private readonly List<string> _mismatches = [];
    private readonly HashSet<string> _answered = [];

    public int Requests { get; private set; }

    public IReadOnlyList<string> Mismatches => _mismatches;

    /// <summary>"METHOD /template status" for every answer seen.</summary>
    public IReadOnlySet<string> Answered => _answered;

    /// <summary>Sends the request and checks the answer; a JSON body of a successful request is also
    /// checked against the operation's request schema (valid requests must be ones the document allows).</summary>
    public async Task<(int Status, JsonNode? Body, HttpResponseMessage Response)> SendAsync(
        HttpClient client, HttpMethod method, string pathAndQuery, object? body = null, string contentType = "application/json",
        IReadOnlyDictionary<string, string>? headers = null)
    {
        var json = body switch
        {
            null => null,
            string raw => raw,
            _ => JsonSerializer.Serialize(body, JsonSerializerOptions.Web),
        };
        using var request = new HttpRequestMessage(method, pathAndQuery);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        }
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }
        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var status = (int)response.StatusCode;
        var path = pathAndQuery.Split('?')[0];
        Requests++;
        document.Operation(method.Method, path, out var template);
        _answered.Add($"{method.Method} {template} {status}");
        _mismatches.AddRange(document.Mismatches(method.Method, path, status, response.Content.Headers.ContentType?.MediaType, text));
        if (status is >= 200 and < 300 && json is not null && contentType == "application/json")
        {
            _mismatches.AddRange(document.RequestMismatches(method.Method, path, json));
        }
        return (status, text.Length == 0 ? null : TryParse(text), response);
    }

    public Task<(int Status, JsonNode? Body, HttpResponseMessage Response)> GetAsync(HttpClient client, string pathAndQuery) =>
        SendAsync(client, HttpMethod.Get, pathAndQuery);

    public Task<(int Status, JsonNode? Body, HttpResponseMessage Response)> PostAsync(HttpClient client, string path, object? body = null) =>
        SendAsync(client, HttpMethod.Post, path, body);

    public Task<(int Status, JsonNode? Body, HttpResponseMessage Response)> PutAsync(HttpClient client, string path, object? body) =>
        SendAsync(client, HttpMethod.Put, path, body);

    public Task<(int Status, JsonNode? Body, HttpResponseMessage Response)> DeleteAsync(HttpClient client, string path) =>
        SendAsync(client, HttpMethod.Delete, path);

    private static JsonNode? TryParse(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
