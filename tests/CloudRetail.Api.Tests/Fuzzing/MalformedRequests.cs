using System.Buffers.Text;
using System.Text;
using System.Text.Json.Nodes;

namespace CloudRetail.Api.Tests.Fuzzing;

/// <summary>One generated request: what to send, and a label that says how it was made.</summary>
public sealed record FuzzRequest(string Method, string Path, string? Body, string? ContentType, string Label);

/// <summary>
/// Malformed and boundary requests for one operation of the OpenAPI document: odd ids in the path,
/// odd query values and forged page cursors, and bodies that are empty, null, deep, huge, of the
/// wrong type, with fields missing, extra or out of range. Seeded, so a failure can be replayed.
/// </summary>
public sealed class MalformedRequests(Random random)
{
    private static readonly string Long = new('a', 3000);

    public static readonly string[] OddIds =
    [
        "0", "1", Long, "-1", "1.5", "%20", "%00", "%0A%0D", "%C3%BC%E6%97%A5", "%F0%9F%92%A5", "%FF%FE",
        "..%2F..%2Fetc", "'%20OR%201%3D1", "O-00000000-0000-0000-0000-000000000000", "PAY-not-a-uuid", "N-%7B%7D",
    ];

    public static readonly string[] OddQueryValues =
    [
        "", "-1", "0", "1.5", "99999999999999999999", "abc", "%00", Long, "%E2%80%AE", "true", "SENT%00",
    ];

    public static readonly string[] ForgedCursors =
    [
        "not-a-token", "!!!!", Cursor("{\"productId\":\"P010\"}"), Cursor("{\"userId\":\"someone-else\",\"orderId\":\"O-1\",\"createdAt\":\"2020\"}"),
        Cursor("[]"), Cursor("null"), Cursor("{\"productId\":{\"S\":\"x\"}}"), Cursor(new string('{', 100)), Cursor("{\"a\":\"" + Long + "\"}"),
        Cursor("{\"productId\":\"P010\"}")[..^2] + "%%",
    ];

    private static readonly JsonNode?[] OddValues =
    [
        null, "", " ", "\u0000\u0001\u001f", "é日本💥\u202e", Long, -1, 0, 1.5, -0.0001, 1e308, 9007199254740993m,
        int.MaxValue, long.MinValue, true, new JsonArray(), new JsonObject(), new JsonArray(1, "two", null),
    ];

    public IEnumerable<FuzzRequest> For(string method, string pathTemplate, IReadOnlyList<(string Name, string In)> parameters, JsonObject? bodySchema)
    {
        var pathNames = parameters.Where(p => p.In == "path").Select(p => p.Name).ToList();
        var queryNames = parameters.Where(p => p.In == "query").Select(p => p.Name).ToList();
        var plausiblePath = Fill(pathTemplate, _ => "fuzz-" + random.Next(1000, 9999));

        foreach (var name in pathNames)
        {
            foreach (var odd in OddIds)
            {
                yield return new(method, Fill(pathTemplate, n => n == name ? odd : "fuzz-1"), bodySchema is null ? null : "{}", Json(bodySchema), $"path {name}");
            }
        }
        foreach (var name in queryNames)
        {
            var values = name.Contains("token", StringComparison.OrdinalIgnoreCase) || name.Contains("cursor", StringComparison.OrdinalIgnoreCase)
                ? ForgedCursors.Concat(OddQueryValues.Take(3))
                : OddQueryValues;
            foreach (var value in values)
            {
                yield return new(method, $"{plausiblePath}?{name}={value}", null, null, $"query {name}");
            }
        }
        // Query strings an operation does not declare, and repeated ones.
        yield return new(method, $"{plausiblePath}?limit=1&limit=2&nextToken=a&nextToken=b&userId=admin", null, null, "query repeated");
        if (bodySchema is null)
        {
            yield return new(method, plausiblePath, "{\"unexpected\": true}", "application/json", "body where none is read");
            yield break;
        }
        foreach (var body in Bodies(bodySchema))
        {
            yield return new(method, plausiblePath, body.Text, "application/json", body.Label);
        }
        foreach (var contentType in new[] { "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", null })
        {
            yield return new(method, plausiblePath, contentType is null ? null : "<a>1</a>", contentType, $"content type {contentType ?? "none"}");
        }
    }

    private IEnumerable<(string? Text, string Label)> Bodies(JsonObject schema)
    {
        yield return (null, "no body");
        yield return ("", "empty body");
        yield return ("null", "null body");
        yield return ("[]", "array body");
        yield return ("\"text\"", "string body");
        yield return ("42", "number body");
        yield return ("{", "truncated JSON");
        yield return ("{\"a\":1,}", "trailing comma");
        yield return ("\uFEFF{}", "byte order mark");
        yield return (new string('[', 5000) + new string(']', 5000), "deep JSON");
        yield return ("{\"a\":" + new string('{', 100) + new string('}', 100) + "}", "deep object");
        yield return ("{\"junk\":\"" + new string('x', 60_000) + "\"}", "huge JSON under the limit");
        yield return ("{\"junk\":\"" + new string('x', 70_000) + "\"}", "huge JSON over the limit");

        var properties = schema["properties"]?.AsObject().Select(p => p.Key).ToList() ?? [];
        yield return (Plausible(schema, properties).ToJsonString(), "plausible");
        var extra = Plausible(schema, properties);
        extra["userId"] = "someone-else";
        extra["isAdmin"] = true;
        extra["price"] = 0.01;
        yield return (extra.ToJsonString(), "extra fields");
        foreach (var property in properties)
        {
            yield return (Plausible(schema, properties.Where(p => p != property)).ToJsonString(), $"missing {property}");
            foreach (var odd in OddValues.Concat(Enumerable.Range(0, 4).Select(_ => (JsonNode?)RandomText())))
            {
                var body = Plausible(schema, properties);
                body[property] = odd?.DeepClone();
                yield return (body.ToJsonString(), $"odd {property}");
            }
        }
    }

    /// <summary>Characters from every plane the shop might meet: control, Latin, RTL, CJK, emoji, lone surrogates.</summary>
    private string RandomText()
    {
        var text = new StringBuilder();
        for (var i = random.Next(1, 40); i > 0; i--)
        {
            text.Append(random.Next(6) switch
            {
                0 => (char)random.Next(0, 32),
                1 => (char)random.Next(32, 127),
                2 => (char)random.Next(0x590, 0x6FF),
                3 => (char)random.Next(0x4E00, 0x9FFF),
                4 => char.ConvertFromUtf32(random.Next(0x1F300, 0x1FAFF)),
                _ => (char)random.Next(0xD800, 0xDFFF),
            });
        }
        return text.ToString();
    }

    private static JsonObject Plausible(JsonObject schema, IEnumerable<string> properties)
    {
        var body = new JsonObject();
        foreach (var name in properties)
        {
            body[name] = TypeOf(schema["properties"]![name]) switch
            {
                "integer" => 1,
                "number" => 1.5,
                "boolean" => true,
                "array" => new JsonArray(),
                "object" => new JsonObject(),
                _ => "fuzz",
            };
        }
        return body;
    }

    /// <summary>OpenAPI 3.1 writes a nullable type as ["string", "null"].</summary>
    private static string? TypeOf(JsonNode? schema) => schema?["type"] switch
    {
        JsonArray types => types.Select(t => (string?)t).FirstOrDefault(t => t != "null"),
        JsonValue type => (string?)type,
        _ => null,
    };

    private static string? Json(JsonObject? schema) => schema is null ? null : "application/json";

    private static string Fill(string template, Func<string, string> value)
    {
        var path = new StringBuilder();
        var rest = template;
        while (rest.IndexOf('{', StringComparison.Ordinal) is var open and >= 0)
        {
            var close = rest.IndexOf('}', open);
            path.Append(rest[..open]).Append(value(rest[(open + 1)..close]));
            rest = rest[(close + 1)..];
        }
        return path.Append(rest).ToString();
    }

    private static string Cursor(string json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json));
}
