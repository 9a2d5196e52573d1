using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CloudRetail.BuildingBlocks.Http;

public static class RequestFilters
{
    /// <summary>Adds a filter made for each request by <paramref name="create"/> from the request's
    /// services, as <c>AddEndpointFilter&lt;TFilter&gt;()</c> does, but without the factory that one
    /// builds by reflection and compiles for every endpoint while the host starts.</summary>
    public static RouteHandlerBuilder AddFilter<TFilter>(this RouteHandlerBuilder builder, Func<IServiceProvider, TFilter> create)
        where TFilter : IEndpointFilter =>
        builder.AddEndpointFilter((context, next) => create(context.HttpContext.RequestServices).InvokeAsync(context, next));
}
