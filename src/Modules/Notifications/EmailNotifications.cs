using CloudRetail.BuildingBlocks.Observability;
using CloudRetail.Notifications.Domain;
using CloudRetail.Notifications.Persistence;
using CloudRetail.Notifications.Ses;
using Microsoft.Extensions.Logging;

namespace CloudRetail.Notifications;

internal enum RetryResult
{
    Sent,
    Failed,
    NotFound,
    AlreadySent,
    InProgress,
}

/// <summary>The Notifications contract: render, send through SES, record how it went.</summary>
internal sealed class EmailNotifications(
    SesEmailClient ses, NotificationsTable table, NotificationsOptions options, TimeProvider clock, ILogger<EmailNotifications> logger) : INotifications
{
    /// <summary>How long a retry holds its claim; longer than SES can take to answer.</summary>
    public static readonly TimeSpan RetryLease = TimeSpan.FromMinutes(1);

    public Task<NotificationReceipt> SendOrderConfirmedAsync(OrderConfirmedEmail email, CancellationToken cancellationToken) =>
        SendAsync(Notification.Draft(NotificationType.OrderConfirmed, email.To, email.UserId, clock.GetUtcNow(),
            email.OrderId, email.Amount, email.Currency, email.Lines, email.InvoiceLinked, email.Price, email.DeliverTo), cancellationToken);

    public Task<NotificationReceipt> SendPaymentFailedAsync(PaymentFailedEmail email, CancellationToken cancellationToken) =>
        SendAsync(Notification.Draft(NotificationType.PaymentFailed, email.To, email.UserId, clock.GetUtcNow(),
            email.OrderId, email.Amount, email.Currency, email.Lines, price: email.Price, deliverTo: email.DeliverTo), cancellationToken);

    public Task<NotificationReceipt> SendOrderCancelledAsync(OrderCancelledEmail email, CancellationToken cancellationToken) =>
        SendAsync(Notification.Draft(NotificationType.OrderCancelled, email.To, email.UserId, clock.GetUtcNow(),
            email.OrderId, email.Refunded, email.Currency, email.Lines), cancellationToken);

    public Task<NotificationReceipt> SendWelcomeAsync(WelcomeEmail email, CancellationToken cancellationToken) =>
        SendAsync(Notification.Draft(NotificationType.UserRegistered, email.To, email.UserId, clock.GetUtcNow()), cancellationToken);

    public async Task<NotificationReceipt> SendAsync(Notification draft, CancellationToken cancellationToken)
    {
        var sent = draft.After(await ses.SendAsync(draft.Recipient, EmailTemplates.Render(draft, options.StorefrontUrl), cancellationToken), clock.GetUtcNow());
        ShopMetrics.EmailSent(sent.Type.WireName(), sent.Status == NotificationStatus.Sent);
        try
        {
            // Recorded even when the caller has given up: a failed e-mail must stay visible to retry.
            await table.AddAsync(sent, CancellationToken.None);
        }
#pragma warning disable CA1031 // The e-mail went (or not) either way; a lost record must not fail the caller's payment.
        catch (Exception e)
#pragma warning restore CA1031
        {
            logger.LogError(e, "Could not record notification {NotificationId} ({Type} to {Recipient}, sent: {Sent})",
                sent.NotificationId, sent.Type, MaskedEmail.Of(sent.Recipient), sent.Status == NotificationStatus.Sent);
        }
        return sent.ToReceipt();
    }

    /// <summary>Sends a failed notification again from its recorded inputs and records the outcome.</summary>
    public async Task<(RetryResult Result, Notification? Notification)> RetryAsync(string notificationId, CancellationToken cancellationToken)
    {
        var failed = await table.FindAsync(notificationId, cancellationToken);
        if (failed is null)
        {
            return (RetryResult.NotFound, null);
        }
        if (failed.Status == NotificationStatus.Sent)
        {
            return (RetryResult.AlreadySent, failed);
        }
        var now = clock.GetUtcNow();
        var leaseUntil = now.Add(RetryLease);
        if (!await table.ClaimRetryAsync(notificationId, now, leaseUntil, cancellationToken))
        {
            // Another retry is sending it, or has just sent it.
            return (RetryResult.InProgress, failed);
        }
        var outcome = await ses.SendAsync(failed.Recipient, EmailTemplates.Render(failed, options.StorefrontUrl), cancellationToken);
        var retried = failed.After(outcome, clock.GetUtcNow());
        ShopMetrics.EmailSent(retried.Type.WireName(), outcome.Sent);
        if (!await table.SaveRetryAsync(retried, leaseUntil, CancellationToken.None))
        {
            logger.LogWarning("Retry of {NotificationId} outlived its lease; another retry records the outcome", notificationId);
        }
        return (outcome.Sent ? RetryResult.Sent : RetryResult.Failed, retried);
    }
}
