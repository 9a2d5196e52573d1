using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using Amazon.DynamoDBv2;
using CloudRetail.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CloudRetail.Api.Tests.Fuzzing;

/// <summary>
/// Every operation of the app's own OpenAPI document, sent malformed and boundary requests as an
/// anonymous caller, a customer and the admin. No answer may be a 5xx; every 4xx is problem+json with a
/// message; and while a batch of writes is all refused, no table changes. FUZZ_SEED replays a run.
/// </summary>
[Collection(ShopApiCollection.Name)]
[Trait(ShippedBinary.Category, ShippedBinary.Runs)]
public sealed class ApiFuzzTests(ShopApi shop, RunReport report, ITestOutputHelper output) : IClassFixture<RunReport>
{
    private const int DefaultSeed = 20261121;
    private const int Parallelism = 8;
    private const int WriteBatch = 200;

    private sealed record Sent(string Caller, FuzzRequest Request, int Status, string? Failure);

    [Fact]
    public async Task Malformed_requests_to_every_operation_get_no_5xx_a_problem_for_every_4xx_and_refused_writes_change_no_table()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_SEED"), out var chosen) ? chosen : DefaultSeed;
        var generator = new MalformedRequests(new Random(seed));
        var document = await shop.Client.GetJsonAsync("/openapi/v1.json");
        var (customer, _, _) = await shop.NewCustomerAsync();
        var callers = new Dictionary<string, HttpClient> { ["anonymous"] = shop.Client, ["customer"] = customer, ["admin"] = await shop.AdminClientAsync() };
        var requests = Operations(document)
            .SelectMany(o => generator.For(o.Method, o.Path, o.Parameters, o.Body))
            .SelectMany(r => callers.Keys.Select(caller => (Caller: caller, Request: r)))
            .ToList();

        var sent = new ConcurrentBag<Sent>();
        await SendAllAsync(requests.Where(r => r.Request.Method == "GET"), callers, sent);
        var dynamoDb = shop.DynamoDb;
        var (verifiedBatches, skippedBatches) = (0, 0);
        foreach (var batch in requests.Where(r => r.Request.Method != "GET").Chunk(WriteBatch))
        {
            var before = await TableSnapshot.TakeAsync(dynamoDb);
            var answers = await SendAllAsync(batch, callers, sent);
            if (answers.Any(a => a.Status < 400))
            {
                skippedBatches++;
                continue;
            }
            var changed = (await TableSnapshot.TakeAsync(dynamoDb)).ChangedSince(before);
            Assert.True(changed.Count == 0, $"a batch of refused writes changed {string.Join(", ", changed)} (seed {seed}): {string.Join('\n', batch.Select(b => $"{b.Caller} {b.Request.Method} {Short(b.Request.Path)} {b.Request.Label}"))}");
            verifiedBatches++;
        }

        Report(seed, sent, verifiedBatches, skippedBatches);
        var failures = sent.Where(s => s.Failure is not null).Take(20).Select(s => $"{s.Caller} {s.Request.Method} {Short(s.Request.Path)} [{s.Request.Label}] body {Short(s.Request.Body)}: {s.Failure}").ToList();
        Assert.True(failures.Count == 0, $"seed {seed}:\n{string.Join('\n', failures)}");
        Assert.True(sent.Count >= 5000, $"only {sent.Count} requests");
        Assert.True(verifiedBatches > 0, "no batch of writes was all refused, so no table check ran");
    }

    private static async Task<IReadOnlyList<Sent>> SendAllAsync(
        IEnumerable<(string Caller, FuzzRequest Request)> requests, Dictionary<string, HttpClient> callers, ConcurrentBag<Sent> sent)
    {
        var answers = new ConcurrentBag<Sent>();
        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (item, cancel) =>
        {
            var answer = await SendAsync(callers[item.Caller], item.Caller, item.Request, cancel);
            answers.Add(answer);
            sent.Add(answer);
        });
        return [.. answers];
    }

    private static async Task<Sent> SendAsync(HttpClient client, string caller, FuzzRequest request, CancellationToken cancel)
    {
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), request.Path);
        // Kestrel closes a connection whose body it would not read to the end (over the size limit, or
        // refused before reading), without saying so; a client must not send the next request on it.
        message.Headers.ConnectionClose = request.Body is { Length: > 16 * 1024 };
        if (request.Body is not null)
        {
            message.Content = new StringContent(request.Body, Encoding.UTF8);
            message.Content.Headers.ContentType = request.ContentType is null ? null : System.Net.Http.Headers.MediaTypeHeaderValue.Parse(request.ContentType);
        }
        HttpResponseMessage answer;
        try
        {
            answer = await client.SendAsync(message, cancel);
        }
        catch (HttpRequestException dropped)
        {
            // The server gave up on the request without an answer: as much a bug as a 500.
            return new Sent(caller, request, 0, $"no answer: {dropped.InnerException?.Message ?? dropped.Message}");
        }
        using var response = answer;
        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsStringAsync(cancel);
        return new Sent(caller, request, status, RejectedByKestrel(request, status, body) ? null : Judge(status, response.Content.Headers.ContentType?.MediaType, body));
    }

    /// <summary>Kestrel refuses a path that decodes to a NUL character itself, with a bare 400, before
    /// any middleware of the app could shape the answer; API Gateway refuses such paths too.</summary>
    private static bool RejectedByKestrel(FuzzRequest request, int status, string body) =>
        status == 400 && body.Length == 0 && request.Path.Contains("%00", StringComparison.Ordinal);

    /// <summary>Why the answer is wrong, or null when it is fine.</summary>
    private static string? Judge(int status, string? mediaType, string body)
    {
        if (status >= 500)
        {
            return $"{status}: {Short(body)}";
        }
        if (status < 400)
        {
            return null;
        }
        if (mediaType != "application/problem+json")
        {
            return $"{status} as {mediaType ?? "no content type"}: {Short(body)}";
        }
        var message = JsonNode.Parse(body)?["message"];
        return message is JsonValue text && !string.IsNullOrWhiteSpace((string?)text) ? null : $"{status} problem without a message: {Short(body)}";
    }

    private void Report(int seed, ConcurrentBag<Sent> sent, int verifiedBatches, int skippedBatches)
    {
        var histogram = string.Join(", ", sent.GroupBy(s => s.Status).OrderBy(g => g.Key).Select(g => $"{g.Key}: {g.Count()}"));
        var lines = new[]
        {
            $"fuzz seed {seed}: {sent.Count} requests over {sent.Select(s => s.Request.Method + " " + s.Request.Path.Split('?')[0]).Distinct().Count()} paths",
            $"fuzz status histogram: {histogram}",
            $"fuzz bare 400s from Kestrel for a NUL in the path (before the app): {sent.Count(s => RejectedByKestrel(s.Request, s.Status, "") && s.Failure is null && s.Status == 400 && s.Request.Path.Contains("%00", StringComparison.Ordinal))}",
            $"fuzz writes accepted: {string.Join("; ", sent.Where(s => s.Status < 400 && s.Request.Method != "GET").Select(s => $"{s.Caller} {s.Request.Method} {s.Request.Path.Split('?')[0]} [{s.Request.Label}]").Distinct().Take(30))}",
            $"fuzz table checks: {verifiedBatches} batches of refused writes left every table unchanged; {skippedBatches} batches held an accepted write and were not compared",
        };
        foreach (var line in lines)
        {
            output.WriteLine(line);
            report.Print(line);
        }
    }

    private static IEnumerable<(string Method, string Path, IReadOnlyList<(string Name, string In)> Parameters, JsonObject? Body)> Operations(JsonNode document)
    {
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                var parameters = (operation!["parameters"]?.AsArray() ?? [])
                    .Select(p => ((string)p!["name"]!, (string)p["in"]!))
                    .ToList();
                var schema = operation["requestBody"]?["content"]?["application/json"]?["schema"];
                yield return (method.ToUpperInvariant(), path, parameters, Resolve(document, schema));
            }
        }
    }

    private static JsonObject? Resolve(JsonNode document, JsonNode? schema) =>
        schema?["$ref"] is JsonValue reference
            ? document["components"]!["schemas"]![((string)reference!).Split('/')[^1]]!.AsObject()
            : schema as JsonObject;

    private static string Short(string? text) => text is null ? "(none)" : text.Length <= 120 ? text : $"{text[..120]}… ({text.Length} chars)";
}

/// <summary>The fuzzer's table check can fail: one accepted write shows up in the snapshot.</summary>
[Collection(ShopApiCollection.Name)]
public sealed class TableSnapshotTests(ShopApi shop)
{
    [Fact]
    public async Task A_write_changes_the_snapshot_of_its_table_only()
    {
        var dynamoDb = shop.DynamoDb;
        var admin = await shop.AdminClientAsync();
        var before = await TableSnapshot.TakeAsync(dynamoDb);

        await admin.CreateProductAsync();

        // The product, its search index items and the admin's audit entry, written in one transaction.
        Assert.Equal(["cloudretail-audit", "cloudretail-product-search", "cloudretail-products"],
            (await TableSnapshot.TakeAsync(dynamoDb)).ChangedSince(before).Order(StringComparer.Ordinal));
    }
}
