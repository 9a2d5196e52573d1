using CloudRetail.BuildingBlocks.Http;
using CloudRetail.BuildingBlocks.Naming;
using CloudRetail.Orders.Domain;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Orders.Endpoints;

/// <summary>Refusals as HTTP: an order the caller may not see does not exist (404); every other
/// refusal is a conflict with the order's current state (409).</summary>
internal static class OrderProblems
{
    public static ProblemHttpResult ToProblem(this OrderRefusal refusal)
    {
        if (refusal.Kind == RefusalKind.NotFound)
        {
            return ShopProblems.NotFound(refusal.Message);
        }
        var details = new Dictionary<string, object?>();
        if (refusal.OrderId is { } orderId)
        {
            details["orderId"] = orderId;
        }
        if (refusal.Status is { } status)
        {
            // Not "status": problem+json already uses that name for the HTTP status.
            details["orderStatus"] = status.Name();
        }
        return ShopProblems.Conflict(refusal.Message, details);
    }
}
