using CloudRetail.BuildingBlocks.Naming;
using CloudRetail.Payments.Domain;
using FluentValidation;

namespace CloudRetail.Payments.Endpoints;

/// <summary>One body for every provider; which fields belong depends on PAYMENT_PROVIDER:
/// MOCK <c>{orderId, status}</c>, COD <c>{orderId}</c>, CARD_SIMULATOR <c>{orderId, cardNumber}</c>.</summary>
internal sealed record PayOrderRequest(string? OrderId, string? Status = null, string? CardNumber = null);

/// <summary>A field the configured provider does not take is refused by name rather than ignored,
/// so a client written for another provider learns it at once.</summary>
internal sealed class PayOrderValidator : AbstractValidator<PayOrderRequest>
{
    public PayOrderValidator(PaymentsOptions options)
    {
        var provider = options.Provider.Name();
        RuleFor(r => r.OrderId).NotEmpty().WithMessage("orderId is required").MaximumLength(64);
        if (options.Provider == PaymentProviderKind.Mock)
        {
            RuleFor(r => r.Status).Must(s => UpperCaseNames.TryParse<PaymentStatus>(s, out var asked) && PaymentStatuses.MockOutcomes.Contains(asked))
                .WithMessage($"status must be {string.Join(" or ", PaymentStatuses.MockOutcomes.Select(s => s.Name()))}");
        }
        else
        {
            RuleFor(r => r.Status).Null().WithMessage($"status is not accepted: the {provider} provider decides the outcome, not the client");
        }
        if (options.Provider == PaymentProviderKind.CardSimulator)
        {
            RuleFor(r => r.CardNumber).Must(c => TestCards.Digits(c) is not null).WithMessage("cardNumber must be 12 to 19 digits (spaces allowed)");
        }
        else
        {
            RuleFor(r => r.CardNumber).Null().WithMessage($"cardNumber is not accepted by the {provider} provider");
        }
    }
}
