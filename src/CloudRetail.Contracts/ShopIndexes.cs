namespace CloudRetail;

/// <summary>The tables' secondary indexes: the stack creates them under these names and the modules
/// query them by these names.</summary>
public static class ShopIndexes
{
    /// <summary>Products by category (partition category, sort productId).</summary>
    public const string ProductsByCategory = "GSI1-category-productId";

    /// <summary>A shopper's orders, newest first (partition userId, sort createdAt).</summary>
    public const string OrdersByUser = "GSI1-userId-createdAt";

    /// <summary>Orders by status and age, for the staff's queue, the reservation-expiry sweep and reconciliation
    /// (partition statusShard <c>&lt;STATUS&gt;#&lt;n&gt;</c>, n of <see cref="OrdersByStatusShards"/>; sort createdAt).
    /// Sharded so that every checkout does not write the one <c>PENDING</c> partition (docs/performance.md).</summary>
    public const string OrdersByStatus = "GSI2-statusShard-createdAt";

    /// <summary>How many partitions each status of <see cref="OrdersByStatus"/> is spread over: a read by status
    /// costs one Query of each. Fixed: changing it moves every order to another shard.</summary>
    public const int OrdersByStatusShards = 8;

    /// <summary>Orders by the shopper's e-mail, for the back office's order search (partition userEmail, sort createdAt).</summary>
    public const string OrdersByEmail = "GSI3-userEmail-createdAt";

    /// <summary>Notifications by status, so staff find the failed sends to retry (partition status, sort createdAt).</summary>
    public const string NotificationsByStatus = "GSI1-status-createdAt";

    /// <summary>Invoices by status: the sweep finds those to issue again, staff list the failed ones (partition status, sort createdAt).</summary>
    public const string InvoicesByStatus = "GSI1-status-createdAt";

    /// <summary>Refunds by status: the sweep finds those left PENDING to finish with the provider (partition status, sort createdAt).</summary>
    public const string RefundsByStatus = "GSI1-status-createdAt";

    /// <summary>The card simulator's webhooks not acknowledged yet, by when to send them again (partition
    /// webhookDue, present only while one is owed; sort nextDeliveryAt).</summary>
    public const string CardWebhooksDue = "GSI1-webhookDue-nextDeliveryAt";

    /// <summary>Credit notes by status, beside the invoices in their table: the sweep finds those to issue
    /// again (partition noteStatus, present only on credit notes; sort createdAt).</summary>
    public const string CreditNotesByStatus = "GSI2-noteStatus-createdAt";

    /// <summary>Returns by status: the staff's queue, and the sweep finds those received but not yet refunded (partition status, sort createdAt).</summary>
    public const string ReturnsByStatus = "GSI1-status-createdAt";

    /// <summary>An order's returns (partition orderId, sort createdAt).</summary>
    public const string ReturnsByOrder = "GSI2-orderId-createdAt";

    /// <summary>The whole audit trail, newest first (partition feed, one value for every entry; sort entryKey, which begins with the time).</summary>
    public const string AuditFeed = "GSI1-feed-entryKey";

    /// <summary>The audit trail by admin (partition adminId, sort entryKey).</summary>
    public const string AuditByAdmin = "GSI2-adminId-entryKey";

    /// <summary>The audit trail by action (partition action, sort entryKey).</summary>
    public const string AuditByAction = "GSI3-action-entryKey";
}
