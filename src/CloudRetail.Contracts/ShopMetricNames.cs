namespace CloudRetail;

/// <summary>
/// The shop's own CloudWatch metrics: the app writes them (Embedded Metric Format log lines) under
/// these names and dimensions, and the stack's alarms and dashboard read them by the same names.
/// Each is the OpenTelemetry instrument's name, so an OTLP collector sees the same.
/// </summary>
public static class ShopMetricNames
{
    /// <summary>One namespace per stage, so a test stage's orders never mix into prod's graphs.</summary>
    public static string Namespace(string stage) => $"CloudRetail/{stage}";

    /// <summary>Checkouts handled, by outcome and HTTP status (the reason a refused one was refused).</summary>
    public const string Checkouts = "cloudretail.checkouts";

    /// <summary>Payment requests handled, by outcome and HTTP status.</summary>
    public const string Payments = "cloudretail.payments";

    /// <summary>What providers did with a charge, by provider and outcome.</summary>
    public const string PaymentCharges = "cloudretail.payments.charges";

    /// <summary>Orders placed, and their totals by currency (<see cref="Revenue"/>).</summary>
    public const string OrdersPlaced = "cloudretail.orders.placed";

    /// <summary>The total of the orders placed, by currency.</summary>
    public const string Revenue = "cloudretail.revenue";

    /// <summary>E-mails sent, by type and outcome.</summary>
    public const string Emails = "cloudretail.emails";

    /// <summary>Invoices issued or failed, by outcome.</summary>
    public const string Invoices = "cloudretail.invoices";

    /// <summary>Orders a sweep run could not settle (each logged); they are tried again next run.</summary>
    public const string SweepUnsettled = "cloudretail.sweep.unsettled";

    public const string Outcome = "outcome";
    public const string Status = "status";
    public const string Currency = "currency";

    public const string Completed = "completed";
    public const string Refused = "refused";
    public const string Failed = "failed";
}
