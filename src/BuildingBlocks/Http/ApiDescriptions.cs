using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace CloudRetail.BuildingBlocks.Http;

/// <summary>A module's tag in the OpenAPI document, with the sentence Swagger UI shows above its operations.</summary>
public sealed record ApiTag(string Name, string Description);

/// <summary>Marks an endpoint that calls no AWS service or other dependency, so it never answers 503.</summary>
public sealed class CallsNoDependency
{
    public static readonly CallsNoDependency Instance = new();

    private CallsNoDependency()
    {
    }
}

/// <summary>
/// What the OpenAPI document says about an endpoint lives with the endpoint. Statuses every endpoint
/// of a kind can answer (401/403 behind a policy, 503 when a dependency is down, 400/413/415 for a
/// body) are added by the host's document transformers; the ones particular to a use case (404, 409)
/// are declared here, next to the handler's mapping.
/// </summary>
public static class ApiDescriptions
{
    public static RouteGroupBuilder WithTag(this RouteGroupBuilder group, string name, string description) =>
        group.WithTags(name).WithMetadata(new ApiTag(name, description));

    /// <summary>Each status as application/problem+json (the document's one Problem schema).</summary>
    public static TBuilder ProducesProblems<TBuilder>(this TBuilder builder, params int[] statuses)
        where TBuilder : IEndpointConventionBuilder
    {
        foreach (var status in statuses)
        {
            builder.WithMetadata(new ProducesResponseTypeMetadata(status, typeof(ProblemDetails), ["application/problem+json"]));
        }
        return builder;
    }

    public static RouteHandlerBuilder CallsNoDependency(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(Http.CallsNoDependency.Instance);
}
