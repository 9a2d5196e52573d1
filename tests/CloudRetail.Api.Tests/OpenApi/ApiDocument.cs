using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;

namespace CloudRetail.Api.Tests.OpenApi;

/// <summary>
/// The API's own OpenAPI document, used as the judge of real answers: an answer matches when its
/// operation is in the document, its status is listed for that operation, its content type is one
/// the response lists, and its body passes the response's JSON Schema (OpenAPI 3.1 schemas are JSON
/// Schema 2020-12, checked by JsonSchema.Net with the document's components as <c>$defs</c>).
/// </summary>
public sealed class ApiDocument
{
    private readonly JsonObject _document;
    private readonly JsonObject _definitions;
    private readonly List<(Regex Pattern, string Template, int Parameters)> _paths;
    private readonly ConcurrentDictionary<string, JsonSchema> _schemas = new();

    public ApiDocument(JsonNode document)
    {
        _document = document.AsObject();
        _definitions = (_document["components"]?["schemas"]?.DeepClone().AsObject()) ?? [];
        // Literal segments win over parameters (/orders/checkout before /orders/{orderId}), as in routing.
        _paths = _document["paths"]!.AsObject()
            .Select(path => (
                new Regex("^" + Regex.Replace(Regex.Escape(path.Key), @"\\\{[^/]+?\}", "[^/]+") + "$"),
                path.Key,
                path.Key.Count(c => c == '{')))
            .OrderBy(path => path.Item3)
            .ToList();
    }

    /// <summary>How many operations the document lists.</summary>
    public int OperationsCount => _document["paths"]!.AsObject().Sum(path => path.Value!.AsObject().Count(op => op.Value?["responses"] is not null));

    public static async Task<ApiDocument> ReadAsync(HttpClient client) =>
        new(JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!);

    /// <summary>The operation the document lists for the request, or null.</summary>
    public JsonObject? Operation(string method, string path, out string template)
    {
        var (_, found, _) = _paths.FirstOrDefault(p => p.Pattern.IsMatch(path));
        template = found ?? path;
        return found is null ? null : _document["paths"]![found]![method.ToLowerInvariant()]?.AsObject();
    }

    /// <summary>What is wrong with an answer to <paramref name="method"/> <paramref name="path"/>, by the document; empty when nothing is.</summary>
    public IReadOnlyList<string> Mismatches(string method, string path, int status, string? contentType, string body)
    {
        if (Operation(method, path, out var template) is not { } operation)
        {
            return [$"{method} {template}: not in the document"];
        }
        var where = $"{method} {template} → {status}";
        if ((operation["responses"]?[status.ToString(System.Globalization.CultureInfo.InvariantCulture)] ?? operation["responses"]?["default"]) is not { } response)
        {
            return [$"{where}: status not documented"];
        }
        if (response["content"] is not JsonObject content || content.Count == 0)
        {
            return body.Length == 0 ? [] : [$"{where}: documented without a body, answered {contentType}: {Shorten(body)}"];
        }
        if (contentType is null || content[contentType] is not { } media)
        {
            return [$"{where}: content type {contentType ?? "(none)"} not documented ({string.Join(", ", content.Select(c => c.Key))})"];
        }
        // A file (a CSV export) is not JSON: its schema only says it is text.
        return media["schema"] is { } schema && contentType.EndsWith("json", StringComparison.Ordinal) ? SchemaMismatches(where, schema, body) : [];
    }

    /// <summary>What is wrong with a request body by the operation's documented request schema.</summary>
    public IReadOnlyList<string> RequestMismatches(string method, string path, string body)
    {
        if (Operation(method, path, out var template) is not { } operation)
        {
            return [$"{method} {template}: not in the document"];
        }
        return operation["requestBody"]?["content"]?["application/json"]?["schema"] is { } schema
            ? SchemaMismatches($"{method} {template} request", schema, body)
            : [$"{method} {template}: sends a JSON body the document does not describe"];
    }

    private IReadOnlyList<string> SchemaMismatches(string where, JsonNode schema, string body)
    {
        JsonDocument instance;
        try
        {
            instance = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return [$"{where}: body is not JSON: {Shorten(body)}"];
        }
        using (instance)
        {
            var results = Compile(schema).Evaluate(instance.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
            if (results.IsValid)
            {
                return [];
            }
            var errors = (results.Details ?? [])
                .Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} {e.Key}: {e.Value}"))
                .Distinct()
                .Take(5);
            return [$"{where}: body does not match its schema ({string.Join("; ", errors)}): {Shorten(body)}"];
        }
    }

    /// <summary>The schema with every component beside it as <c>$defs</c>, so its references resolve inside one schema.</summary>
    private JsonSchema Compile(JsonNode schema)
    {
        var text = schema.ToJsonString();
        return _schemas.GetOrAdd(text, _ =>
        {
            var root = new JsonObject
            {
                ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
                ["$defs"] = _definitions.DeepClone(),
                ["allOf"] = new JsonArray(schema.DeepClone()),
            };
            var rewritten = root.ToJsonString().Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal);
            return JsonSchema.FromText(rewritten, baseUri: new Uri($"https://cloudretail.test/schemas/{Guid.NewGuid():N}"));
        });
    }

    private static string Shorten(string body) => body.Length <= 300 ? body : body[..300] + "…";
}
