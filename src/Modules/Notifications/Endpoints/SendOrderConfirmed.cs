using CloudRetail.Notifications.Domain;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Notifications.Endpoints;

internal sealed record OrderConfirmedRequest(string Email, string UserId, string OrderId, decimal? Amount, string Currency, IReadOnlyList<EmailLine>? Items = null);

internal sealed class OrderConfirmedValidator : AbstractValidator<OrderConfirmedRequest>
{
    public OrderConfirmedValidator()
    {
        RuleFor(r => r.Email).Email();
        RuleFor(r => r.UserId).UserId();
        RuleFor(r => r.OrderId).OrderId();
        RuleFor(r => r.Amount).Amount();
        RuleFor(r => r.Currency).Currency();
        RuleFor(r => r.Items).OrderLines();
    }
}

internal static class SendOrderConfirmed
{
    public static async Task<Results<Ok<NotificationSent>, ProblemHttpResult>> Handle(
        OrderConfirmedRequest request, INotifications notifications, CancellationToken cancellationToken) =>
        SendAnswer.From(await notifications.SendOrderConfirmedAsync(
            new OrderConfirmedEmail(request.Email, request.UserId, request.OrderId, request.Amount!.Value, request.Currency, request.Items), cancellationToken));
}
