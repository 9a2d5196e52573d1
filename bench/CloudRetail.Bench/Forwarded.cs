namespace CloudRetail.Bench;

/// <summary>An API's request to an emulator, passed on as the API signed it, and the emulator's answer.</summary>
internal sealed record Forwarded(int StatusCode, KeyValuePair<string, string[]>[] Headers, byte[] Body)
{
    private static readonly HttpClient Upstream = new(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false });

    public bool IsSuccess => StatusCode is >= 200 and < 300;

    /// <summary>Sends <paramref name="request"/> with <paramref name="body"/> to the emulator at <paramref name="upstream"/>.</summary>
    public static async Task<Forwarded> SendAsync(HttpRequest request, byte[] body, string upstream, CancellationToken cancellationToken)
    {
        using var forwarded = new HttpRequestMessage(new HttpMethod(request.Method), upstream.TrimEnd('/') + request.Path + request.QueryString);
        forwarded.Content = new ByteArrayContent(body);
        foreach (var (name, values) in request.Headers)
        {
            // The signature covers the Host the client signed for, so it goes on unchanged; the
            // length is the forwarded body's own.
            if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            if (!forwarded.Headers.TryAddWithoutValidation(name, values.ToArray()))
            {
                forwarded.Content.Headers.TryAddWithoutValidation(name, values.ToArray());
            }
        }
        using var answer = await Upstream.SendAsync(forwarded, cancellationToken);
        var headers = answer.Headers.Concat(answer.Content.Headers)
            .Where(h => !h.Key.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase))
            .Select(h => KeyValuePair.Create(h.Key, h.Value.ToArray()))
            .ToArray();
        return new Forwarded((int)answer.StatusCode, headers, await answer.Content.ReadAsByteArrayAsync(cancellationToken));
    }

    public static async Task<byte[]> BodyOfAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, cancellationToken);
        return body.ToArray();
    }

    public async Task WriteToAsync(HttpResponse response, CancellationToken cancellationToken)
    {
        response.StatusCode = StatusCode;
        foreach (var (name, values) in Headers)
        {
            response.Headers[name] = values;
        }
        await response.Body.WriteAsync(Body, cancellationToken);
    }
}
