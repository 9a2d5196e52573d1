using CloudRetail.Notifications.Domain;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Notifications.Endpoints;

internal sealed record PaymentFailedRequest(string Email, string UserId, string OrderId, IReadOnlyList<EmailLine>? Items = null, decimal? Amount = null, string? Currency = null);

internal sealed class PaymentFailedValidator : AbstractValidator<PaymentFailedRequest>
{
    public PaymentFailedValidator()
    {
        RuleFor(r => r.Email).Email();
        RuleFor(r => r.UserId).UserId();
        RuleFor(r => r.OrderId).OrderId();
        RuleFor(r => r.Items).OrderLines();
        RuleFor(r => r.Amount).Amount().When(r => r.Amount is not null);
        RuleFor(r => r.Currency!).Currency().When(r => r.Amount is not null || r.Currency is not null);
    }
}

internal static class SendPaymentFailed
{
    public static async Task<Results<Ok<NotificationSent>, ProblemHttpResult>> Handle(
        PaymentFailedRequest request, INotifications notifications, CancellationToken cancellationToken) =>
        SendAnswer.From(await notifications.SendPaymentFailedAsync(
            new PaymentFailedEmail(request.Email, request.UserId, request.OrderId, request.Items, request.Amount, request.Currency), cancellationToken));
}
