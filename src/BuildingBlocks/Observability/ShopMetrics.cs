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
        "cloudretail.emails", "{email}", "E-mails sent (first sends and retries), by outcome: sent or failed");

    /// <summary><paramref name="where"/>: <c>cart</c> (live check on adding) or <c>checkout</c> (the reservation).</summary>
    public static void StockConflict(string where) => StockConflicts.Add(1, new KeyValuePair<string, object?>("where", where));

    public static void IdempotentReplay(string endpoint) => IdempotentReplays.Add(1, new KeyValuePair<string, object?>("endpoint", endpoint));

    public static void EmailSent(string type, bool accepted) =>
        Emails.Add(1, new KeyValuePair<string, object?>("type", type), new KeyValuePair<string, object?>("outcome", accepted ? "sent" : "failed"));
}
