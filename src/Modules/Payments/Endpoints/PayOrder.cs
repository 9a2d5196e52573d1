using System.Security.Claims;
using CloudRetail.BuildingBlocks.Http;
using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.BuildingBlocks.Security;
using CloudRetail.Notifications;
using CloudRetail.Orders;
using CloudRetail.Payments.Domain;
using CloudRetail.Payments.Persistence;
using CloudRetail.Payments.Providers;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Payments.Endpoints;

internal sealed record PayOrderRequest(string OrderId, string Status);

internal sealed class PayOrderValidator : AbstractValidator<PayOrderRequest>
{
    public PayOrderValidator()
    {
        RuleFor(r => r.OrderId).NotEmpty().WithMessage("orderId is required").MaximumLength(64);
        RuleFor(r => r.Status).Must(s => PaymentStatus.All.Contains(s)).WithMessage("status must be SUCCESS or FAILED");
    }
}

internal sealed record OrderUpdate(string OrderId, string Status);

internal sealed record EmailNotification(bool Attempted, bool Success, NotificationSent? Response, string? Error);

internal sealed record NotificationSent(string Message, string Type, string ToEmail);

internal sealed record InventoryRelease(bool Attempted, IReadOnlyList<ReleasedLine> Released);

internal sealed record ReleasedLine(string ProductId, int Qty);

internal sealed record PaymentProcessed(string Message, Payment Payment, OrderUpdate OrderUpdate, EmailNotification EmailNotification, InventoryRelease InventoryRelease);

internal static class PayOrder
{
    /// <summary>Settles the caller's PENDING order in one transaction: the payment record, the order's
    /// new status and its stock (sold, or back on sale). The e-mail follows; its failure is reported,
    /// never undoes the payment.</summary>
    public static async Task<Results<Ok<PaymentProcessed>, ProblemHttpResult>> Handle(
        PayOrderRequest request, ClaimsPrincipal user, IOrders orders, IPaymentProvider provider, PaymentsTable payments,
        WriteTransaction transaction, INotifications notifications, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await orders.FindOrderAsync(request.OrderId, cancellationToken) is not { } order || order.UserId != user.ShopperId())
        {
            return ShopProblems.NotFound("Order not found");
        }
        if (order.Status != "PENDING")
        {
            return NotPending(order.OrderId, order.Status);
        }
        var outcome = await provider.ChargeAsync(order, request.Status, cancellationToken);
        var payment = new Payment($"PAY-{Guid.NewGuid()}", order.OrderId, order.UserId, order.TotalAmount, order.Currency, outcome, provider.Name, clock.GetUtcNow());
        transaction.Add(payments.Add(payment));
        if (payment.Succeeded)
        {
            orders.ConfirmPayment(transaction, order, payment.PaymentId);
        }
        else
        {
            orders.CancelForFailedPayment(transaction, order, payment.PaymentId);
        }
        if (!(await transaction.CommitAsync(cancellationToken)).IsCommitted)
        {
            return NotPending(order.OrderId, "no longer PENDING");
        }

        var lines = order.Lines.Select(l => new EmailLine(l.Name, l.Qty, l.Price)).ToList();
        var receipt = payment.Succeeded
            ? await notifications.SendOrderConfirmedAsync(new OrderConfirmedEmail(order.UserEmail, order.UserId, order.OrderId, order.TotalAmount, order.Currency, lines), cancellationToken)
            : await notifications.SendPaymentFailedAsync(new PaymentFailedEmail(order.UserEmail, order.UserId, order.OrderId, lines, order.TotalAmount, order.Currency), cancellationToken);
        var released = payment.Succeeded ? [] : order.Lines.Select(l => new ReleasedLine(l.ProductId, l.Qty)).ToList();
        return TypedResults.Ok(new PaymentProcessed(
            "Payment processed",
            payment,
            new OrderUpdate(order.OrderId, payment.Succeeded ? "CONFIRMED" : "CANCELLED"),
            new EmailNotification(true, receipt.Sent, receipt.Sent ? new NotificationSent("Notification sent", receipt.Type, receipt.ToEmail) : null, receipt.Error),
            new InventoryRelease(!payment.Succeeded, released)));
    }

    private static ProblemHttpResult NotPending(string orderId, string status) =>
        ShopProblems.Conflict($"Only a PENDING order can be paid; this one is {status}", new Dictionary<string, object?> { ["orderId"] = orderId });
}
