using System.Diagnostics.Metrics;

namespace CloudRetail.BuildingBlocks.Observability;

/// <summary>
/// The shop's own counters and histograms (System.Diagnostics.Metrics), under one meter the host
/// exports over OTLP when an endpoint is set. Static, so that a module records one with one line
/// where the thing happens, without a constructor parameter threaded through its handlers.
/// </summary>
public static class ShopMetrics
{
    public const string MeterName = "CloudRetail";

    private static readonly Meter Meter = new(MeterName);

    public static readonly MeasuredOperation Checkouts = new(Meter, "checkout", "checkouts");

    public static readonly MeasuredOperation Payments = new(Meter, "payment", "payments");

    private static readonly Counter<long> StockConflicts = Meter.CreateCounter<long>(
        "cloudretail.stock_conflicts", "{conflict}", "Requests refused because the stock asked for was not there");

    private static readonly Counter<long> IdempotentReplays = Meter.CreateCounter<long>(
        "cloudretail.idempotent_replays", "{replay}", "Retries answered with the first answer to their Idempotency-Key");

    private static readonly Counter<long> Emails = Meter.CreateCounter<long>(
        ShopMetricNames.Emails, "{email}", "E-mails sent (first sends and retries), by outcome: sent or failed");

    private static readonly Counter<long> Orders = Meter.CreateCounter<long>(
        ShopMetricNames.OrdersPlaced, "{order}", "Orders placed, by currency");

    private static readonly Counter<double> Revenue = Meter.CreateCounter<double>(
        ShopMetricNames.Revenue, "{currency}", "Total of the orders placed, by currency");

    private static readonly Counter<long> Invoices = Meter.CreateCounter<long>(
        ShopMetricNames.Invoices, "{invoice}", "Invoices issued, or failed (the sweep tries again), by outcome");

    private static readonly Counter<long> SweepUnsettled = Meter.CreateCounter<long>(
        ShopMetricNames.SweepUnsettled, "{order}", "Orders a sweep run could not settle; the next run tries again");

    /// <summary><paramref name="where"/>: <c>cart</c> (live check on adding) or <c>checkout</c> (the reservation).</summary>
    public static void StockConflict(string where) => StockConflicts.Add(1, new KeyValuePair<string, object?>("where", where));

    public static void IdempotentReplay(string endpoint) => IdempotentReplays.Add(1, new KeyValuePair<string, object?>("endpoint", endpoint));

    public static void EmailSent(string type, bool accepted) =>
        Emails.Add(1, new KeyValuePair<string, object?>("type", type), new KeyValuePair<string, object?>(ShopMetricNames.Outcome, accepted ? "sent" : ShopMetricNames.Failed));

    /// <summary>An order placed, counted with its total: the shop's orders and revenue.</summary>
    public static void OrderPlaced(decimal total, string currency)
    {
        var tag = new KeyValuePair<string, object?>(ShopMetricNames.Currency, currency);
        Orders.Add(1, tag);
        Revenue.Add((double)total, tag);
    }

    public static void InvoiceIssued(bool issued) =>
        Invoices.Add(1, new KeyValuePair<string, object?>(ShopMetricNames.Outcome, issued ? "issued" : ShopMetricNames.Failed));

    /// <summary>Recorded by every run, 0 included, so an alarm on it sees the sweep running.</summary>
    public static void SweepLeftUnsettled(int orders) => SweepUnsettled.Add(orders);
}
