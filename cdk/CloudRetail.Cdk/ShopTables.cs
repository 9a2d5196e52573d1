using Amazon.CDK;
using Amazon.CDK.AWS.DynamoDB;
using Constructs;
using Attribute = Amazon.CDK.AWS.DynamoDB.Attribute;

namespace CloudRetail.Cdk;

/// <summary>
/// Every table the API uses, keyed by the setting that tells the API its name. Key schemas and
/// indexes match the modules' own TableDefinitions: a deploy test registers every module as the
/// function would and compares each table it asks for with the one the stack makes.
/// </summary>
internal sealed class ShopTables : Construct
{
    private readonly DeploySettings _settings;
    private readonly Dictionary<string, Table> _bySetting = [];

    public ShopTables(Construct scope, string id, DeploySettings settings) : base(scope, id)
    {
        _settings = settings;
        var products = Add(ShopSettings.ProductsTable, "products", "productId");
        products.AddGlobalSecondaryIndex(Index(ShopIndexes.ProductsByCategory, "category", "productId"));
        // The catalog's search index: one item per search term and product, written with the product.
        Add(ShopSettings.ProductSearchTable, "product-search", "term", sortKey: "productId");
        Add(ShopSettings.InventoryTable, "inventory", "productId");
        Add(ShopSettings.StockLedgerTable, "stock-ledger", "productId", sortKey: "movementId");
        Add(ShopSettings.HealthTable, "health", "checkId", timeToLive: "expiresAt");
        Add(ShopSettings.CartTable, "cart", "userId");
        Add(ShopSettings.ShoppersTable, "shoppers", "sub");
        Add(ShopSettings.AddressesTable, "addresses", "shopperId");
        Add(ShopSettings.PricingTable, "pricing", "kind", sortKey: "id");
        var orders = Add(ShopSettings.OrdersTable, "orders", "orderId");
        orders.AddGlobalSecondaryIndex(Index(ShopIndexes.OrdersByUser, "userId", "createdAt"));
        // Partitioned by statusShard (<STATUS>#<n>), not status, so that no one status takes every checkout's index write.
        orders.AddGlobalSecondaryIndex(Index(ShopIndexes.OrdersByStatus, "statusShard", "createdAt"));
        orders.AddGlobalSecondaryIndex(Index(ShopIndexes.OrdersByEmail, "userEmail", "createdAt"));
        if (settings.KeepsStatusIndexBeforeShards)
        {
            // Read by no one: it stays only until the second deploy removes it, one index change per update.
            orders.AddGlobalSecondaryIndex(Index(StatusIndexBeforeShards, "status", "createdAt"));
        }
        // An order's history: one item per move, written in the move's transaction.
        Add(ShopSettings.OrderHistoryTable, "order-history", "orderId", sortKey: "entryKey");
        // Webhook replay markers in it expire once their signature is too old to be taken again.
        Add(ShopSettings.PaymentsTable, "payments", "paymentId", timeToLive: "expiresAt");
        var refunds = Add(ShopSettings.RefundsTable, "refunds", "orderId", sortKey: "refundId");
        refunds.AddGlobalSecondaryIndex(Index(ShopIndexes.RefundsByStatus, "status", "createdAt"));
        // The card simulator's books (charges, voids, refunds, webhooks owed), shared by every instance. Made on
        // every stage: a shop that once ran the simulator still refunds its charges through it.
        var cardSimulator = Add(ShopSettings.CardSimulatorTable, "card-simulator", "entryKey");
        cardSimulator.AddGlobalSecondaryIndex(Index(ShopIndexes.CardWebhooksDue, "webhookDue", "nextDeliveryAt"));
        var returns = Add(ShopSettings.ReturnsTable, "returns", "returnId");
        returns.AddGlobalSecondaryIndex(Index(ShopIndexes.ReturnsByStatus, "status", "createdAt"));
        returns.AddGlobalSecondaryIndex(Index(ShopIndexes.ReturnsByOrder, "orderId", "createdAt"));
        Add(ShopSettings.IdempotencyTable, "idempotency", "idempotencyKey", timeToLive: "expiresAt");
        // The limits' counts, shared by every instance of the function: one item per limit, client and window.
        Add(ShopSettings.RateLimitsTable, "rate-limits", "counterId", timeToLive: "expiresAt");
        var notifications = Add(ShopSettings.NotificationsTable, "notifications", "notificationId");
        notifications.AddGlobalSecondaryIndex(Index(ShopIndexes.NotificationsByStatus, "status", "createdAt"));
        var invoices = Add(ShopSettings.InvoicesTable, "invoices", "invoiceKey");
        invoices.AddGlobalSecondaryIndex(Index(ShopIndexes.InvoicesByStatus, "status", "createdAt"));
        invoices.AddGlobalSecondaryIndex(Index(ShopIndexes.CreditNotesByStatus, "noteStatus", "createdAt"));
        // The dashboard's per-day figures: ten counter items a day (shard + day), added to by checkout and every order move.
        Add(ShopSettings.ShopStatsTable, "shop-stats", "shard", sortKey: "day");
        // The audit trail: one item per admin action, only ever added (ApiFunction grants no update or delete on it).
        var audit = Add(ShopSettings.AuditTable, "audit", "subjectId", sortKey: "entryKey");
        audit.AddGlobalSecondaryIndex(Index(ShopIndexes.AuditFeed, "feed", "entryKey"));
        audit.AddGlobalSecondaryIndex(Index(ShopIndexes.AuditByAdmin, "adminId", "entryKey"));
        audit.AddGlobalSecondaryIndex(Index(ShopIndexes.AuditByAction, "action", "entryKey"));
    }

    /// <summary>The Orders table's status index before it was sharded (ShopIndexes.OrdersByStatus now).</summary>
    public const string StatusIndexBeforeShards = "GSI2-status-createdAt";

    /// <summary>Setting name (PRODUCTS_TABLE, ...) to its table.</summary>
    public IReadOnlyDictionary<string, Table> BySetting => _bySetting;

    private Table Add(string setting, string name, string partitionKey, string? timeToLive = null, string? sortKey = null)
    {
        var table = new Table(this, name, new TableProps
        {
            TableName = $"cloudretail-{_settings.Stage}-{name}",
            PartitionKey = Key(partitionKey),
            SortKey = sortKey is null ? null : Key(sortKey),
            BillingMode = BillingMode.PAY_PER_REQUEST,
            PointInTimeRecovery = true,
            TimeToLiveAttribute = timeToLive,
            // Only production data outlives its stack; a dev stack cleans up after itself.
            RemovalPolicy = _settings.IsProduction ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
            DeletionProtection = _settings.IsProduction,
        });
        _bySetting.Add(setting, table);
        return table;
    }

    private static GlobalSecondaryIndexProps Index(string name, string partitionKey, string sortKey) => new()
    {
        IndexName = name,
        PartitionKey = Key(partitionKey),
        SortKey = Key(sortKey),
        ProjectionType = ProjectionType.ALL,
    };

    private static Attribute Key(string name) => new() { Name = name, Type = AttributeType.STRING };
}
