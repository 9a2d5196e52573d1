using CloudRetail.BuildingBlocks.Http;
using CloudRetail.BuildingBlocks.RateLimits;
using CloudRetail.Identity.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CloudRetail.Identity.Endpoints;

/// <summary>
/// Refuses a login with 429 once its client IP or its account has failed too often, before Cognito
/// is asked; counts a wrong e-mail or password as a failure afterwards. The client IP is the one
/// the host's trusted-proxy rules settled on.
/// </summary>
internal sealed class LoginThrottle(FailedLogins failures) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (!failures.IsOn || context.Arguments.OfType<LoginRequest>().FirstOrDefault() is not { } login)
        {
            return await next(context);
        }
        var keys = FailedLogins.KeysFor(context.HttpContext.Connection.RemoteIpAddress, login.Email);
        if (failures.RetryAfter(keys) is { } wait)
        {
            return TooManyRequests.Answer(context.HttpContext, wait);
        }
        var result = await next(context);
        if (ResultStatus.Of(result) == StatusCodes.Status401Unauthorized)
        {
            failures.Record(keys);
        }
        return result;
    }
}

internal static class LoginThrottleExtensions
{
    public static RouteHandlerBuilder LimitFailedLogins(this RouteHandlerBuilder builder) =>
        builder.AddFilter(services => new LoginThrottle(services.GetRequiredService<FailedLogins>())).ProducesProblem(StatusCodes.Status429TooManyRequests);
}
