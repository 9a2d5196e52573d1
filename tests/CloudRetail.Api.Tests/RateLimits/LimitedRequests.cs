using CloudRetail.Api.Tests.Infrastructure;

namespace CloudRetail.Api.Tests.RateLimits;

/// <summary>Requests that say which client they come from through a proxy, to a host with the
/// limits a test turns on (<see cref="ShopApi.StartHost"/>; the shared host has them off).</summary>
internal static class LimitedRequests
{
    /// <summary>A fresh client address from the documentation range, one per call.</summary>
    public static string NewClientIp() => $"198.51.{Random.Shared.Next(0, 256)}.{Random.Shared.Next(1, 255)}";

    public static Task<HttpResponseMessage> PostFromAsync(this HttpClient client, string clientIp, string path, object body, string? accessToken = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = System.Net.Http.Json.JsonContent.Create(body) };
        request.Headers.Add("X-Forwarded-For", clientIp);
        if (accessToken is not null)
        {
            request.Headers.Authorization = SignedInClients.Bearer(accessToken);
        }
        return client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> GetFromAsync(this HttpClient client, string clientIp, string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-Forwarded-For", clientIp);
        return client.SendAsync(request);
    }

    /// <summary>Asserts the limit's answer: 429 problem+json with a Retry-After within the window.</summary>
    public static async Task AssertLimitedAsync(this HttpResponseMessage response, TimeSpan window)
    {
        var problem = await response.ProblemAsync(429, "Too many requests: try again later");
        var retryAfter = response.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), window);
        Assert.Equal((int)retryAfter.Value.TotalSeconds, (int)problem["retryAfterSeconds"]!);
    }
}
