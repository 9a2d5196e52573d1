using System.Security.Claims;
using CloudRetail.BuildingBlocks.Http;
using CloudRetail.BuildingBlocks.Security;
using CloudRetail.Payments;
using CloudRetail.Returns.Domain;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Returns.Endpoints;

/// <summary>What staff found in the parcel: for each line of the return, back to stock or written off.</summary>
internal sealed record ReceiveReturnRequest(IReadOnlyList<ReceivedLineRequest>? Lines);

internal sealed record ReceivedLineRequest(string? ProductId, LineDisposition? Disposition);

internal sealed class ReceiveReturnValidator : AbstractValidator<ReceiveReturnRequest>
{
    public ReceiveReturnValidator()
    {
        RuleFor(r => r.Lines).NotNull().WithMessage("lines is required")
            .Must(l => l is null || l.Count is > 0 and <= RequestReturnValidator.MaxLines).WithMessage($"lines must list 1 to {RequestReturnValidator.MaxLines} lines")
            .Must(l => l is null || l.Select(x => x.ProductId).Distinct(StringComparer.Ordinal).Count() == l.Count).WithMessage("lines must name each product once");
        RuleForEach(r => r.Lines).ChildRules(line =>
        {
            line.RuleFor(l => l.ProductId).NotEmpty().WithMessage("productId is required").MaximumLength(64);
            line.RuleFor(l => l.Disposition).NotNull().WithMessage("disposition is required: BACK_TO_STOCK or WRITE_OFF");
        });
    }
}

/// <summary>Staff record an APPROVED return's goods as received: one transaction moves it to RECEIVED and
/// moves each line's units out of sold (back on hand, or written off), with their ledger entries. Then
/// Payments refunds what the return covers, under an id derived from the return's; when that succeeded
/// the return is REFUNDED, otherwise the sweep asks again.</summary>
internal static class ReceiveReturn
{
    public static async Task<Results<Ok<ReturnChanged>, ValidationProblem, ProblemHttpResult>> Handle(
        string returnId, ReceiveReturnRequest request, ClaimsPrincipal user, ReturnDesk desk, CancellationToken cancellationToken)
    {
        ValidationProblem? invalid = null;
        var (received, refusal) = await desk.MoveAsync(returnId, ReturnTransitions.Receive, r =>
        {
            var lines = new List<ReturnLine>();
            foreach (var line in r.Lines)
            {
                if (request.Lines!.FirstOrDefault(l => l.ProductId == line.ProductId) is not { } disposed)
                {
                    invalid = ShopProblems.Invalid("lines", $"Say what became of {line.ProductId}: every line of the return, BACK_TO_STOCK or WRITE_OFF");
                    return (null, new ReturnRefusal(ReturnRefusalKind.Invalid, invalid.ProblemDetails.Detail!));
                }
                lines.Add(line with { Disposition = disposed.Disposition });
            }
            var index = request.Lines!.ToList().FindIndex(l => r.Lines.All(line => line.ProductId != l.ProductId));
            if (index >= 0)
            {
                invalid = ShopProblems.Invalid($"lines[{index}].productId", $"{request.Lines![index].ProductId} is not a line of this return");
                return (null, new ReturnRefusal(ReturnRefusalKind.Invalid, invalid.ProblemDetails.Detail!));
            }
            return (new ReturnChange(Lines: lines), null);
        }, Audit.AuditAdmin.Of(user), cancellationToken);
        if (invalid is not null)
        {
            return invalid;
        }
        if (received is null)
        {
            return refusal!.ToProblem(returnId);
        }
        var (now, refund) = await desk.RefundAsync(received, user.ShopperId(), CancellationToken.None);
        var message = refund.Status switch
        {
            ReturnRefundStatus.Succeeded => $"Return received; {Pricing.Refunds.Text(refund.Amount, refund.Currency)} refunded",
            ReturnRefundStatus.Pending => $"Return received; {Pricing.Refunds.Text(refund.Amount, refund.Currency)} is being refunded",
            ReturnRefundStatus.Failed => "Return received; the provider refused its refund",
            _ => $"Return received; no refund: {refund.Problem}",
        };
        return TypedResults.Ok(new ReturnChanged(message, ReturnView.From(now), refund));
    }
}
