using Microsoft.AspNetCore.Routing;

namespace CloudRetail.Api.Tests.Security;

/// <summary>
/// The rule every route of the app must keep: it is on <see cref="Anonymous"/> (public on purpose), on
/// <see cref="SchedulerOnly"/>, or it refuses a caller without a token with 401. A route someone
/// mapped without a policy answers something else and is reported.
/// </summary>
public static class RouteProtection
{
    /// <summary>Public on purpose: health, catalog and stock reads, signing in, the payment provider and its
    /// signed webhook, the API description.</summary>
    public static readonly IReadOnlySet<string> Anonymous = new HashSet<string>
    {
        "GET /api/health",
        "GET /api/health/ready",
        "GET /api/products",
        "GET /api/products/{productId}",
        "GET /api/inventory/{productId}",
        "POST /api/auth/register",
        "POST /api/auth/confirm",
        "POST /api/auth/resend-code",
        "POST /api/auth/login",
        "POST /api/auth/refresh",
        "POST /api/auth/forgot-password",
        "POST /api/auth/confirm-forgot-password",
        "GET /api/payments/provider",
        "GET /api/shipping-methods",
        "POST /api/payments/webhook",
        "GET /openapi/{documentName}.json",
    };

    /// <summary>Refused (403) unless the call carries the scheduler's shared secret.</summary>
    public static readonly IReadOnlySet<string> SchedulerOnly = new HashSet<string>
    {
        "POST /internal/scheduled/expire-reservations",
    };

    /// <summary>Every route as "METHOD /pattern"; a route for any method is listed as GET.</summary>
    public static IReadOnlyList<(string Route, RouteEndpoint Endpoint)> Routes(EndpointDataSource endpoints) =>
        endpoints.Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(method => ($"{method} /{e.RoutePattern.RawText!.Trim('/')}", e)))
            .ToList();

    /// <summary>A request path for a route pattern, each parameter filled with a value of its own shape.</summary>
    public static string SamplePath(RouteEndpoint endpoint)
    {
        var segments = endpoint.RoutePattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => literal.Content,
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternSeparatorPart separator => separator.Content,
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart parameter => SampleValue(parameter.Name),
            _ => "x",
        })));
        return "/" + string.Join('/', segments);
    }

    public static string SampleValue(string parameter) => parameter switch
    {
        "orderId" => $"O-{Guid.NewGuid():D}",
        "paymentId" => $"PAY-{Guid.NewGuid():D}",
        "notificationId" => $"N-{Guid.NewGuid():D}",
        "addressId" => $"A-{Guid.NewGuid():D}",
        "shippingMethodId" => "route-check",
        "taxRateId" => "DE",
        "code" => "ROUTE-CHECK",
        "productId" => "route-check",
        "documentName" => "v1",
        _ => "x",
    };

    /// <summary>The routes that break the rule, with what they answered without a token.</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(
        IEnumerable<(string Route, RouteEndpoint Endpoint)> routes, IReadOnlySet<string> anonymous, HttpClient withoutToken)
    {
        var violations = new List<string>();
        foreach (var (route, endpoint) in routes)
        {
            var method = route[..route.IndexOf(' ', StringComparison.Ordinal)];
            using var request = new HttpRequestMessage(new HttpMethod(method), SamplePath(endpoint));
            if (method is "POST" or "PUT" or "PATCH")
            {
                request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
            }
            using var response = await withoutToken.SendAsync(request);
            var status = (int)response.StatusCode;
            var expected = anonymous.Contains(route) ? status != 401
                : SchedulerOnly.Contains(route) ? status == 403
                : status == 401;
            if (!expected)
            {
                violations.Add($"{route} answered {status} without a token");
            }
        }
        return violations;
    }
}
