using CloudRetail.Analytics;
using CloudRetail.Notifications.Domain;

namespace CloudRetail.Notifications.Persistence;

/// <summary>The dashboard's count of e-mails that failed and wait for staff to retry them.</summary>
internal sealed class FailedEmails(NotificationsTable notifications) : IWorkQueue
{
    public async Task<WorkCount> CountAsync(CancellationToken cancellationToken) =>
        WorkQueue.Of(WorkQueue.FailedEmails, "Failed e-mails",
            await notifications.CountInStatusAsync(NotificationStatus.Failed, WorkQueue.CountCap, cancellationToken), "/api/notifications?status=FAILED");
}
