using CloudRetail.Analytics.Domain;
using CloudRetail.Analytics.Persistence;
using CloudRetail.BuildingBlocks.Persistence;
using Microsoft.Extensions.Logging;

namespace CloudRetail.Analytics;

/// <summary>The <see cref="IShopStats"/> contract: turns each change into the counters it moves on its day.</summary>
internal sealed class ShopStats(ShopStatsTable table, ShopDays days, ILogger<ShopStats> logger) : IShopStats
{
    public const string Cancelled = "CANCELLED";

    public void OrderPlaced(WriteTransaction transaction, PlacedOrder order)
    {
        var changes = new Dictionary<string, decimal>(StringComparer.Ordinal)
        {
            [ShopStatsTable.PlacedCounter] = 1,
            [ShopStatsTable.StatusCounter(order.Status)] = 1,
        };
        AddOrder(changes, order, sign: 1);
        table.Add(transaction, days.DayOf(order.PlacedAt), changes);
    }

    public void OrderMoved(WriteTransaction transaction, OrderMove move)
    {
        var changes = new Dictionary<string, decimal>(StringComparer.Ordinal)
        {
            [ShopStatsTable.StatusCounter(move.From)] = -1,
            [ShopStatsTable.StatusCounter(move.To)] = 1,
        };
        // A cancelled order no longer stands: its money and its products leave its day's figures.
        if (move.To == Cancelled && move.From != Cancelled && move.Cancelled is { } order)
        {
            AddOrder(changes, order, sign: -1);
        }
        table.Add(transaction, days.DayOf(move.PlacedAt), changes);
    }

    public void RefundSucceeded(WriteTransaction transaction, DateTimeOffset at, decimal amount, string currency) =>
        table.Add(transaction, days.DayOf(at), new Dictionary<string, decimal> { [ShopStatsTable.RefundsCounter(currency)] = amount });

    /// <summary>Never fails the confirmation it follows: the account is confirmed already, so a lost count is
    /// logged (the dashboard is one customer short) rather than turned into an error the shopper cannot retry.</summary>
    public async Task CustomerSignedUpAsync(DateTimeOffset at, CancellationToken cancellationToken)
    {
        try
        {
            await table.AddAsync(days.DayOf(at), new Dictionary<string, decimal> { [ShopStatsTable.CustomersCounter] = 1 }, cancellationToken);
        }
#pragma warning disable CA1031 // Any failure of the count: the confirmation stands.
        catch (Exception e)
#pragma warning restore CA1031
        {
            logger.LogWarning(e, "A confirmed sign-up was not counted in the shop's figures");
        }
    }

    private static void AddOrder(Dictionary<string, decimal> changes, PlacedOrder order, int sign)
    {
        foreach (var (name, change) in ShopStatsTable.MoneyCounters(order.Currency, 1, order.Sale, sign))
        {
            changes[name] = changes.GetValueOrDefault(name) + change;
        }
        foreach (var line in order.Lines)
        {
            foreach (var (name, change) in ShopStatsTable.ProductCounters(order.Currency, line, sign))
            {
                changes[name] = changes.GetValueOrDefault(name) + change;
            }
        }
    }
}
