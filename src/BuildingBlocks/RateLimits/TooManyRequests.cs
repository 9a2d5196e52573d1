using System.Globalization;
using CloudRetail.BuildingBlocks.Http;
using Microsoft.AspNetCore.Http;

namespace CloudRetail.BuildingBlocks.RateLimits;

/// <summary>The one answer every limit gives: 429 problem+json, and Retry-After in whole seconds.</summary>
public static class TooManyRequests
{
    public const string Message = "Too many requests: try again later";

    public static IResult Answer(HttpContext http, TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return ShopProblems.Problem(StatusCodes.Status429TooManyRequests, Message,
            new Dictionary<string, object?> { ["retryAfterSeconds"] = seconds });
    }
}
