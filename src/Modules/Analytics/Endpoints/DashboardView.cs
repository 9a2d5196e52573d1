using CloudRetail.Analytics.Domain;

namespace CloudRetail.Analytics.Endpoints;

/// <summary>The back office's dashboard for one period; the money is per currency, never added across currencies.</summary>
internal sealed record DashboardView(
    DashboardPeriod Period,
    int OrdersPlaced,
    int NewCustomers,
    IReadOnlyList<StatusCount> OrdersByStatus,
    IReadOnlyList<Revenue> Revenue,
    IReadOnlyList<TopProduct> TopProductsByUnits,
    IReadOnlyList<TopProduct> TopProductsByRevenue,
    LowStock LowStock,
    NeedsAttention NeedsAttention,
    IReadOnlyList<DaySeries> Days);

/// <param name="TimeZone">The shop's time zone, whose days these are.</param>
internal sealed record DashboardPeriod(string Period, string From, string To, string TimeZone);

/// <summary>A product's units and goods revenue (after discount, before tax) in one currency; <paramref name="Name"/> as the catalog has it now (null once deleted).</summary>
internal sealed record TopProduct(string ProductId, string? Name, string Currency, int Units, decimal Revenue);

/// <summary>Products with <paramref name="Threshold"/> units available or fewer, fewest first (at most 50 listed; <paramref name="Count"/> is all of them).</summary>
internal sealed record LowStock(int Threshold, int Count, IReadOnlyList<LowStockProduct> Products);

internal sealed record LowStockProduct(string ProductId, string? Name, int AvailableQty, int ReservedQty);

/// <summary>What needs a person now (not only in the period). <paramref name="OpenReturns"/> is the Returns
/// module's queue (null in a build without it); <paramref name="DriftingProducts"/> is null unless asked for with drift=true.</summary>
internal sealed record NeedsAttention(IReadOnlyList<WorkCount> Queues, WorkCount? OpenReturns, int? DriftingProducts);
