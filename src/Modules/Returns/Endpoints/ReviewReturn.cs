using System.Security.Claims;
using CloudRetail.BuildingBlocks.Security;
using CloudRetail.Returns.Domain;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Returns.Endpoints;

/// <summary>Why staff refuse a return: shown to the shopper.</summary>
internal sealed record RejectReturnRequest(string? Reason);

internal sealed class RejectReturnValidator : AbstractValidator<RejectReturnRequest>
{
    public RejectReturnValidator() => RuleFor(r => r.Reason).NotEmpty().WithMessage("reason is required").MaximumLength(500);
}

/// <summary>Staff decide on a REQUESTED return: approve it (the shopper sends the goods), or reject it
/// with a reason (its units may be asked back again).</summary>
internal static class ReviewReturn
{
    public static async Task<Results<Ok<ReturnChanged>, ProblemHttpResult>> Approve(
        string returnId, ClaimsPrincipal user, ReturnDesk desk, CancellationToken cancellationToken)
    {
        var (approved, refusal) = await desk.MoveAsync(returnId, ReturnTransitions.Approve,
            _ => (new ReturnChange(DecidedBy: user.ShopperId()), null), Audit.AuditAdmin.Of(user), cancellationToken);
        return approved is null ? refusal!.ToProblem(returnId) : TypedResults.Ok(new ReturnChanged("Return approved", ReturnView.From(approved)));
    }

    public static async Task<Results<Ok<ReturnChanged>, ProblemHttpResult>> Reject(
        string returnId, RejectReturnRequest request, ClaimsPrincipal user, ReturnDesk desk, CancellationToken cancellationToken)
    {
        var (rejected, refusal) = await desk.MoveAsync(returnId, ReturnTransitions.Reject,
            _ => (new ReturnChange(DecidedBy: user.ShopperId(), RejectReason: request.Reason), null), Audit.AuditAdmin.Of(user), cancellationToken);
        return rejected is null ? refusal!.ToProblem(returnId) : TypedResults.Ok(new ReturnChanged("Return rejected", ReturnView.From(rejected)));
    }
}
