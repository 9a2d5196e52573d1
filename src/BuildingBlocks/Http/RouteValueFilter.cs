using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CloudRetail.BuildingBlocks.Http;

public static class RouteValueFilter
{
    /// <summary>Answers 400 naming the route value when it breaks the rule (too long, bad characters),
    /// before any handler or table sees it.</summary>
    public static RouteGroupBuilder RequireRouteValue(this RouteGroupBuilder group, string name, Func<string, bool> isValid, string rule)
    {
        group.AddEndpointFilter(async (context, next) =>
        {
            if (context.HttpContext.Request.RouteValues.TryGetValue(name, out var value) && value is string text && !isValid(text))
            {
                return ShopProblems.Invalid(name, rule);
            }
            return await next(context);
        });
        return group;
    }

    /// <summary>The route value named after <paramref name="id"/> must have its shape.</summary>
    public static RouteGroupBuilder RequireRouteValue(this RouteGroupBuilder group, PrefixedId id) =>
        group.RequireRouteValue(id.Field, id.IsWellFormed, id.Rule);
}
