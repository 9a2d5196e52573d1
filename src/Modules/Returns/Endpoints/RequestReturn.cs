using System.Security.Claims;
using CloudRetail.BuildingBlocks.Http;
using CloudRetail.BuildingBlocks.Security;
using CloudRetail.Returns.Domain;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Returns.Endpoints;

/// <summary>Which units of the order come back, and why.</summary>
internal sealed record RequestReturnRequest(IReadOnlyList<ReturnLineRequest>? Lines, string? Reason);

internal sealed record ReturnLineRequest(string? ProductId, int Quantity);

internal sealed class RequestReturnValidator : AbstractValidator<RequestReturnRequest>
{
    public const int MaxLines = 45;

    public RequestReturnValidator()
    {
        RuleFor(r => r.Reason).NotEmpty().WithMessage("reason is required").MaximumLength(500);
        RuleFor(r => r.Lines).NotNull().WithMessage("lines is required")
            .Must(l => l is null || l.Count is > 0 and <= MaxLines).WithMessage($"lines must list 1 to {MaxLines} lines")
            .Must(l => l is null || l.Select(x => x.ProductId).Distinct(StringComparer.Ordinal).Count() == l.Count).WithMessage("lines must name each product once");
        RuleForEach(r => r.Lines).ChildRules(line =>
        {
            line.RuleFor(l => l.ProductId).NotEmpty().WithMessage("productId is required").MaximumLength(64);
            line.RuleFor(l => l.Quantity).InclusiveBetween(1, 10_000).WithMessage("quantity must be at least 1");
        });
    }
}

internal static class RequestReturn
{
    public static async Task<Results<Created<ReturnView>, ValidationProblem, ProblemHttpResult>> Handle(
        string orderId, RequestReturnRequest request, ClaimsPrincipal user, ReturnDesk desk, CancellationToken cancellationToken)
    {
        var lines = request.Lines!.Select(l => new ReturnLine(l.ProductId!, l.Quantity)).ToList();
        var (requested, refusal) = await desk.RequestAsync(orderId, user.ShopperId(), lines, request.Reason!, cancellationToken);
        if (requested is not null)
        {
            return TypedResults.Created($"/api/orders/{Uri.EscapeDataString(orderId)}/returns", ReturnView.From(requested));
        }
        return refusal!.Kind == ReturnRefusalKind.Invalid ? ShopProblems.Invalid(refusal.Field!, refusal.Message) : refusal.ToProblem();
    }
}
