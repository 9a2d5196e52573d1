using CloudRetail.Notifications.Domain;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Matching;

namespace CloudRetail.Notifications.Endpoints;

/// <summary>Route constraint <c>{type:unknownNotificationType}</c>: matches only a type the shop does
/// not send. Like a literal segment, the comparison ignores case. Because routing also asks it about
/// the literal routes when it builds its tables, a known type never has this route as a candidate:
/// sent with the wrong content type, it is still a 415 from its own route, not a 404 from this one.</summary>
internal sealed class UnknownNotificationType : IRouteConstraint, IParameterLiteralNodeMatchingPolicy
{
    public const string Name = "unknownNotificationType";

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value) && value is string type && IsUnknown(type);

    public bool MatchesLiteral(string parameterName, string literal) => IsUnknown(literal);

    private static bool IsUnknown(string type) => !NotificationTypes.All.Contains(type, StringComparer.OrdinalIgnoreCase);
}
