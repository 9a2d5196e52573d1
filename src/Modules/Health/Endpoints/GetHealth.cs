using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Health.Endpoints;

internal sealed record HealthStatus(string Status, string Service, DateTimeOffset Timestamp, string RequestId);

internal static class GetHealth
{
    /// <summary>Liveness: answers without touching anything, so load balancers and the Lambda
    /// Web Adapter's readiness probe get a fast answer.</summary>
    public static Ok<HealthStatus> Handle(HttpContext http, TimeProvider clock) =>
        TypedResults.Ok(new HealthStatus("ok", "cloudretail-api", clock.GetUtcNow(), http.TraceIdentifier));
}
