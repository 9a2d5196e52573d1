namespace CloudRetail;

/// <summary>
/// The configuration names the API reads in AWS: environment variables, the names of the service the
/// shop replaced kept where they existed (docs/compatibility.md). The CDK stack sets the function's
/// environment from this same list, and a deploy test checks that every name here is either set by
/// the stack or left out on purpose.
/// </summary>
public static class ShopSettings
{
    public const string ProductsTable = "PRODUCTS_TABLE";
    /// <summary>The catalog's search index: one item per search term and product (key <c>term</c>, <c>productId</c>).</summary>
    public const string ProductSearchTable = "PRODUCT_SEARCH_TABLE";
    public const string InventoryTable = "INVENTORY_TABLE";
    /// <summary>Every stock movement, per product: order-backed reservations and sales, staff counts.</summary>
    public const string StockLedgerTable = "STOCK_LEDGER_TABLE";
    public const string HealthTable = "HEALTH_TABLE";
    public const string ImagesBucket = "S3_BUCKET";
    public const string SignedUrlExpires = "SIGNED_URL_EXPIRES";
    public const string AwsRegion = "AWS_REGION";

    /// <summary>The Cognito app client the shop signs shoppers in with. Without it the auth endpoints answer 500.</summary>
    public const string CognitoClientId = "COGNITO_CLIENT_ID";

    /// <summary>Only when the app client has a secret: every call then carries its SECRET_HASH.</summary>
    public const string CognitoClientSecret = "COGNITO_CLIENT_SECRET";

    /// <summary>The user pool whose access tokens the API accepts (the issuer is built from it).</summary>
    public const string CognitoUserPoolId = "COGNITO_USER_POOL_ID";

    public const string CartTable = "CART_TABLE";
    /// <summary>Shoppers' verified e-mails, stored by Identity at sign-in.</summary>
    public const string ShoppersTable = "SHOPPERS_TABLE";
    /// <summary>Shoppers' address books.</summary>
    public const string AddressesTable = "ADDRESSES_TABLE";
    /// <summary>Shipping methods, tax rates and discount codes with their redemptions.</summary>
    public const string PricingTable = "PRICING_TABLE";

    /// <summary>"true" when catalog prices (and shipping prices) include tax; default false: tax is added on top.</summary>
    public const string ShopPricesIncludeTax = "SHOP_PRICES_INCLUDE_TAX";

    /// <summary>"true" taxes shipping at the same rates as the goods; default false.</summary>
    public const string ShopShippingTaxed = "SHOP_SHIPPING_TAXED";

    /// <summary>The shop's own country (ISO 3166-1 alpha-2), where orders without a delivery address
    /// (collection in store) are taxed; unset: such orders carry no tax.</summary>
    public const string ShopCountry = "SHOP_COUNTRY";

    /// <summary>The shop's region (ISO 3166-2 subdivision code without the country), for its region's tax rate.</summary>
    public const string ShopRegion = "SHOP_REGION";

    /// <summary>The shipping method a checkout without <c>shippingMethodId</c> uses; unset: such an order has no shipping.</summary>
    public const string ShopDefaultShippingMethod = "SHOP_DEFAULT_SHIPPING_METHOD";

    public const string OrdersTable = "ORDERS_TABLE";
    /// <summary>Name of the orders index by shopper (default <see cref="ShopIndexes.OrdersByUser"/>).</summary>
    public const string OrdersByUserIndex = "ORDERS_GSI1";

    /// <summary>An order's history: one entry per move of the order, its payment, refunds and returns (the Orders module's).</summary>
    public const string OrderHistoryTable = "ORDER_HISTORY_TABLE";
    public const string PaymentsTable = "PAYMENTS_TABLE";

    /// <summary>Refunds by order, beside the payments they give money back from (the Payments module's).</summary>
    public const string RefundsTable = "REFUNDS_TABLE";

    /// <summary>The card simulator's own books (charges, voids, refunds and the webhooks it owes, by
    /// idempotency key), shared by every instance so that any of them answers for any charge.</summary>
    public const string CardSimulatorTable = "CARD_SIMULATOR_TABLE";

    /// <summary>Returns of delivered orders, and the units each order's lines have asked back (the Returns module's).</summary>
    public const string ReturnsTable = "RETURNS_TABLE";

    /// <summary>Days after its delivery that an order's lines may be returned (default 30).</summary>
    public const string ReturnWindowDays = "RETURN_WINDOW_DAYS";

    /// <summary>MOCK (the client says whether it paid: a compatibility contract, Development only), COD (cash on delivery,
    /// the deployed default) or CARD_SIMULATOR (card-style intents settled by a signed webhook).</summary>
    public const string PaymentProvider = "PAYMENT_PROVIDER";

    /// <summary>Shared secret of the payment webhook's HMAC-SHA256 signature.</summary>
    public const string PaymentWebhookSecret = "PAYMENT_WEBHOOK_SECRET";
    /// <summary>Signs the cursors of paged listings, so a client cannot forge or alter one. Unset: a key of
    /// each process, and a cursor then fails (400) on another instance or after a restart.</summary>
    public const string PageCursorSecret = "PAGE_CURSOR_SECRET";

    /// <summary>Secrets read at run time: comma-separated <c>SETTING=parameter</c> pairs, each an SSM
    /// parameter (SecureString, or <c>/aws/reference/secretsmanager/name</c>) whose value becomes that
    /// setting. Unset (locally): secrets are plain settings.</summary>
    public const string SecretParameters = "SECRET_PARAMETERS";

    /// <summary>Seconds between reads of <see cref="SecretParameters"/>, so a rotated secret arrives
    /// without a deploy (default 300).</summary>
    public const string SecretRefreshSeconds = "SECRET_REFRESH_SECONDS";

    public const string IdempotencyTable = "IDEMPOTENCY_TABLE";

    /// <summary>Invoices by order, and the shop's invoice-number counter.</summary>
    public const string InvoicesTable = "INVOICES_TABLE";

    /// <summary>Private bucket of the invoice PDFs, one object per invoice number.</summary>
    public const string InvoicesBucket = "INVOICES_BUCKET";

    /// <summary>The seller's legal name, printed on every invoice.</summary>
    public const string ShopLegalName = "SHOP_LEGAL_NAME";

    /// <summary>The seller's address on every invoice, its lines separated by ';'.</summary>
    public const string ShopLegalAddress = "SHOP_LEGAL_ADDRESS";
    public const string NotificationsTable = "NOTIFICATIONS_TABLE";
    public const string SesFromEmail = "SES_FROM_EMAIL";

    /// <summary>Off Lambda, a call that starts a scheduled job must present it (X-Scheduler-Secret):
    /// an operator by hand. Unset, only the schedule's own invocations on Lambda run one.</summary>
    public const string SchedulerSecret = "SCHEDULER_SECRET";

    /// <summary>Set by Lambda itself in every function's environment: the app runs on Lambda, behind the Web Adapter.</summary>
    public const string LambdaFunctionName = "AWS_LAMBDA_FUNCTION_NAME";

    /// <summary>Path prefix in front of /api when the API is served under one (an API Gateway
    /// stage or a custom-domain mapping); unset when requests arrive at /api directly.</summary>
    public const string ApiBasePath = "API_BASE_PATH";

    /// <summary>Failed logins allowed per 5 minutes per client IP, and per account (default 10; 0 turns it off).</summary>
    public const string RateLimitLoginFailures = "RATE_LIMIT_LOGIN_FAILURES";

    /// <summary>Other anonymous auth calls allowed per 10 minutes per client IP (default 30; 0 turns it off).</summary>
    public const string RateLimitAuthPer10Minutes = "RATE_LIMIT_AUTH_PER_10_MINUTES";

    /// <summary>Checkouts and payments allowed per minute per shopper (default 20; 0 turns it off).</summary>
    public const string RateLimitOrdersPerMinute = "RATE_LIMIT_ORDERS_PER_MINUTE";

    /// <summary>Product searches (<c>GET /api/products?q=</c>) allowed per minute per client IP (default 60; 0 turns it off).</summary>
    public const string RateLimitSearchPerMinute = "RATE_LIMIT_SEARCH_PER_MINUTE";

    /// <summary>Where the limits' counts live: MEMORY (each process on its own; the default outside
    /// Production) or DYNAMODB (one count for every instance, in <see cref="RateLimitsTable"/>; the default in Production).</summary>
    public const string RateLimitStore = "RATE_LIMIT_STORE";

    /// <summary>The table of shared rate-limit counts (key <c>counterId</c>, TTL <c>expiresAt</c>).</summary>
    public const string RateLimitsTable = "RATE_LIMITS_TABLE";

    /// <summary>Comma-separated proxy addresses or CIDR networks whose X-Forwarded-For and
    /// X-Forwarded-Proto the API believes; unset: none, the connection's address is the client.</summary>
    public const string TrustedProxies = "TRUSTED_PROXIES";

    /// <summary>Shared with the shop's CloudFront distribution, which sends it as X-Origin-Verify: only a
    /// request carrying it has its CloudFront-Viewer-Address believed; unset: that header never is.</summary>
    public const string CloudFrontOriginSecret = "CLOUDFRONT_ORIGIN_SECRET";

    /// <summary>CloudWatch namespace the shop's counters are written to as Embedded Metric Format log
    /// lines (<see cref="ShopMetricNames.Namespace"/>); unset: none are written. Set, OTLP carries only traces.</summary>
    public const string MetricsNamespace = "METRICS_NAMESPACE";

    /// <summary>OTLP endpoint (http/protobuf) the shop's traces, and metrics unless <see cref="MetricsNamespace"/>
    /// is set, are exported to; unset: no export.</summary>
    public const string OtlpEndpoint = "OTEL_EXPORTER_OTLP_ENDPOINT";
    /// <summary>Browser origins allowed to call the API, comma-separated (the storefront's own
    /// origin needs no entry). Development: http://localhost:4200.</summary>
    public const string CorsAllowedOrigins = "CORS_ALLOWED_ORIGINS";

    /// <summary>Directory of the built storefront the API serves at /; default wwwroot under the content root.</summary>
    public const string StorefrontRoot = "STOREFRONT_ROOT";

    /// <summary>Where shoppers open the storefront; e-mails link to its pages. Development: http://localhost:8080.</summary>
    public const string StorefrontUrl = "STOREFRONT_URL";

    /// <summary>Minutes a PENDING order holds its stock before the sweep releases it (default 30).</summary>
    public const string OrderReservationMinutes = "ORDER_RESERVATION_MINUTES";

    /// <summary>Seconds between in-process expiry sweeps; 0 (the default, and in AWS) leaves the sweep to the schedule.</summary>
    public const string OrderSweepIntervalSeconds = "ORDER_SWEEP_INTERVAL_SECONDS";

    /// <summary>PENDING or PAYING orders a shopper may hold at once (default 3; 0 turns the limit off).</summary>
    public const string MaxPendingOrdersPerShopper = "MAX_PENDING_ORDERS_PER_SHOPPER";

    /// <summary>Cash-on-delivery orders a shopper may have on the way with the cash not yet collected
    /// (default 3; 0 turns the limit off).</summary>
    public const string MaxUncollectedCodOrdersPerShopper = "MAX_UNCOLLECTED_COD_ORDERS_PER_SHOPPER";

    /// <summary>Seconds between in-process stock reconciliations; 0 (the default) runs none.</summary>
    public const string StockReconciliationIntervalSeconds = "STOCK_RECONCILIATION_INTERVAL_SECONDS";

    /// <summary>"true" lets PAYMENT_PROVIDER=MOCK run outside Development (load tests only).</summary>
    public const string PaymentAllowMock = "PAYMENT_ALLOW_MOCK";

    /// <summary>"true" lets PAYMENT_PROVIDER=CARD_SIMULATOR run in Production (a test stage only: anyone
    /// who knows the public test card can pay with it).</summary>
    public const string PaymentAllowSimulator = "PAYMENT_ALLOW_SIMULATOR";

    /// <summary>Where the card simulator delivers its webhooks; default: this API's own webhook path.</summary>
    public const string PaymentSimulatorCallbackUrl = "PAYMENT_SIMULATOR_CALLBACK_URL";

    /// <summary>"true" serves Swagger UI and the OpenAPI document in Production too (off there by default).</summary>
    public const string ApiDocs = "API_DOCS";

    /// <summary>The shop's per-day figures (orders, revenue, refunds, sign-ups), sharded counters by day (the Analytics module's).</summary>
    public const string ShopStatsTable = "SHOP_STATS_TABLE";

    /// <summary>The shop's time zone, an IANA id (Europe/Berlin); the dashboard's days run between its midnights. Default UTC.</summary>
    public const string ShopTimeZone = "SHOP_TIME_ZONE";

    /// <summary>Units available at or below which a product is low on stock (the dashboard's list, a product's stock answer); default 5.</summary>
    public const string LowStockThreshold = "LOW_STOCK_THRESHOLD";

    /// <summary>The audit trail of admin actions, append-only (the Audit module's).</summary>
    public const string AuditTable = "AUDIT_TABLE";
}
