using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CloudRetail.BuildingBlocks.RateLimits;

public static class RateLimitedEndpoints
{
    /// <summary>Puts this endpoint under one of the host's <see cref="ShopRateLimits"/> policies, and
    /// says in the OpenAPI document that it may answer 429.</summary>
    public static RouteHandlerBuilder LimitedBy(this RouteHandlerBuilder builder, string policy) =>
        builder.WithMetadata(new RateLimitPolicy(policy)).ProducesProblem(StatusCodes.Status429TooManyRequests);
}

/// <summary>Endpoint metadata: the <see cref="ShopRateLimits"/> policy the host's limiter applies.</summary>
public sealed record RateLimitPolicy(string Name);
