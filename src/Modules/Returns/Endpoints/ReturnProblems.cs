using CloudRetail.BuildingBlocks.Http;
using CloudRetail.Returns.Domain;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Returns.Endpoints;

/// <summary>Refusals as HTTP: 404 for what the caller may not see, 409 for the rest (a bad field is
/// <see cref="ShopProblems.Invalid"/>, 400, answered by the handler that can give one).</summary>
internal static class ReturnProblems
{
    public static ProblemHttpResult ToProblem(this ReturnRefusal refusal, string? returnId = null)
    {
        if (refusal.Kind == ReturnRefusalKind.NotFound)
        {
            return ShopProblems.NotFound(refusal.Message);
        }
        var details = new Dictionary<string, object?>();
        if (returnId is not null)
        {
            details["returnId"] = returnId;
        }
        if (refusal.ReturnStatus is { } status)
        {
            // Not "status": problem+json already uses that name for the HTTP status.
            details["returnStatus"] = status;
        }
        return ShopProblems.Conflict(refusal.Message, details);
    }
}
