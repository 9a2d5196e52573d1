using System.Security.Claims;
using CloudRetail.BuildingBlocks.Http;
using CloudRetail.BuildingBlocks.Security;
using CloudRetail.Orders;
using CloudRetail.Payments.Domain;
using CloudRetail.Payments.Settlement;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Payments.Endpoints;

/// <summary>Staff give money back on a paid order: <c>amount</c>, or <c>lines</c> with quantities, and always a <c>reason</c>.</summary>
internal sealed record RefundOrderRequest(string? Reason, decimal? Amount = null, IReadOnlyList<RefundLineRequest>? Lines = null);

internal sealed record RefundLineRequest(string? ProductId, int Qty);

internal sealed class RefundOrderValidator : AbstractValidator<RefundOrderRequest>
{
    public const int MaxLines = 100;

    public RefundOrderValidator()
    {
        RuleFor(r => r.Reason).NotEmpty().WithMessage("reason is required").MaximumLength(200);
        RuleFor(r => r.Amount).NotNull().When(r => r.Lines is null).WithMessage("Give either amount or lines");
        RuleFor(r => r.Amount).Null().When(r => r.Lines is not null).WithMessage("Give either amount or lines, not both");
        RuleFor(r => r.Amount).GreaterThan(0m).LessThanOrEqualTo(1_000_000_000m).When(r => r.Amount is not null)
            .WithMessage("amount must be more than 0");
        RuleFor(r => r.Lines).Must(l => l is null || l.Count is > 0 and <= MaxLines).WithMessage($"lines must list 1 to {MaxLines} lines")
            .Must(l => l is null || l.Select(x => x.ProductId).Distinct(StringComparer.Ordinal).Count() == l.Count).WithMessage("lines must name each product once");
        RuleForEach(r => r.Lines).ChildRules(line =>
        {
            line.RuleFor(l => l.ProductId).NotEmpty().WithMessage("productId is required").MaximumLength(64);
            line.RuleFor(l => l.Qty).InclusiveBetween(1, 10_000).WithMessage("qty must be at least 1");
        });
    }
}

internal static class RefundOrder
{
    /// <summary>Refunds the order's payment through the provider that took it; 201 with the refund
    /// (SUCCEEDED, FAILED when the provider refused, PENDING when it did not answer: the sweep finishes it).</summary>
    public static async Task<Results<Created<RefundView>, ValidationProblem, ProblemHttpResult>> Handle(
        string orderId, RefundOrderRequest request, ClaimsPrincipal user, IOrders orders, RefundDesk desk, CancellationToken cancellationToken)
    {
        if (await orders.FindOrderAsync(orderId, cancellationToken) is not { } order)
        {
            return ShopProblems.NotFound("Order not found");
        }
        var ask = new RefundAsk(request.Amount, request.Lines?.Select(l => new RefundAskLine(l.ProductId!, l.Qty)).ToList(), request.Reason!, user.ShopperId());
        var (refund, refusal) = await desk.RefundAsync(order, ask, cancellationToken, audited: Audit.AuditAdmin.Of(user));
        if (refund is not null)
        {
            return TypedResults.Created($"/api/payments?orderId={Uri.EscapeDataString(orderId)}", RefundView.From(refund));
        }
        var details = new Dictionary<string, object?> { ["orderId"] = orderId };
        if (refusal!.Refundable is { } refundable)
        {
            details["refundable"] = refundable;
        }
        return refusal.Kind switch
        {
            RefundRefusalKind.NotALine or RefundRefusalKind.NotMinorUnits => ShopProblems.Invalid(refusal.Field!, refusal.Message),
            _ => ShopProblems.Conflict(refusal.Message, details),
        };
    }
}
