using CloudRetail.Inventory.Domain;
using FluentValidation;

namespace CloudRetail.Inventory.Endpoints;

/// <summary>Every on-hand change says why, for the ledger.</summary>
internal static class StockReason
{
    public static IRuleBuilderOptions<T, string?> IsStated<T>(this IRuleBuilder<T, string?> reason) =>
        reason.NotEmpty().WithMessage("reason is required: say why stock changes")
            .MaximumLength(StockRules.MaxReasonLength).WithMessage($"reason is at most {StockRules.MaxReasonLength} characters");
}
