using CloudRetail.BuildingBlocks.Http;
using CloudRetail.Notifications.Domain;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Notifications.Endpoints;

internal static class RejectUnknownType
{
    /// <summary>POST /notifications/{type} for a type the shop does not send: 404, naming the ones it does.</summary>
    public static ProblemHttpResult Handle() =>
        ShopProblems.NotFound("Unknown notification type", new Dictionary<string, object?> { ["knownTypes"] = NotificationTypes.All });
}
