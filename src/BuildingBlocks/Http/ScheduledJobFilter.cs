using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CloudRetail.BuildingBlocks.Http;

/// <summary>
/// Scheduled jobs run only for the scheduler, proven one of two ways:
/// <list type="bullet">
/// <item>On Lambda, by IAM. Only the schedule's rule may invoke the function other than through API
/// Gateway, and the Lambda Web Adapter, the one way into the app there, stamps every request with
/// <see cref="AdapterRequestContext"/>, replacing whatever a client sent: API Gateway's request
/// context (a JSON object) for an HTTP request, none (<c>null</c>) for an invocation's event. So a
/// request without an HTTP context is the rule's. No secret travels in the rule.</item>
/// <item>Anywhere else (Kestrel, an operator by hand), by the <see cref="SecretHeader"/> holding
/// <see cref="ShopSettings.SchedulerSecret"/>, compared in constant time. Unset, none is accepted.</item>
/// </list>
/// </summary>
public static class ScheduledJobFilter
{
    public const string SecretHeader = "X-Scheduler-Secret";
    public const string AdapterRequestContext = "x-amzn-request-context";
    public const string Refused = "Only the scheduler may start this job";

    public static RouteHandlerBuilder RequireScheduler(this RouteHandlerBuilder endpoint) =>
        endpoint.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var configuration = http.RequestServices.GetRequiredService<IConfiguration>();
            return IsInvocationOnLambda(http.Request, configuration) || HoldsSecret(http.Request, configuration[ShopSettings.SchedulerSecret])
                ? await next(context)
                : ShopProblems.Problem(StatusCodes.Status403Forbidden, Refused);
        });

    private static bool IsInvocationOnLambda(HttpRequest request, IConfiguration configuration) =>
        !string.IsNullOrEmpty(configuration[ShopSettings.LambdaFunctionName])
        && request.Headers[AdapterRequestContext] is [{ } context]
        && !context.TrimStart().StartsWith('{');

    /// <summary>Hashing first makes both sides one length, so the comparison time says nothing about the secret.</summary>
    private static bool HoldsSecret(HttpRequest request, string? expected) =>
        !string.IsNullOrEmpty(expected)
        && request.Headers[SecretHeader] is [{ Length: > 0 } presented]
        && CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)), SHA256.HashData(Encoding.UTF8.GetBytes(presented)));
}
