using CloudRetail.BuildingBlocks;
using Microsoft.Extensions.Configuration;

namespace CloudRetail.Orders;

/// <param name="MaxUnpaidOrders">PENDING or PAYING orders a shopper may hold at once; 0 for no limit.</param>
/// <param name="MaxUncollectedCashOrders">Cash-on-delivery orders a shopper may have on the way with the
/// cash not yet collected; 0 for no limit.</param>
/// <param name="HistoryTableName">The orders' history (<see cref="IOrderHistory"/>).</param>
internal sealed record OrdersOptions(
    string TableName, string ByUserIndex, TimeSpan ReservationLifetime, TimeSpan SweepInterval, int MaxUnpaidOrders, int MaxUncollectedCashOrders,
    string HistoryTableName)
{
    public const string ByStatusIndex = ShopIndexes.OrdersByStatus;

    /// <summary>Eight shards of the status index: each takes some 500 orders a second (1,000 index writes a second
    /// per partition, two per order and status: in, then out), so 8 hold some 4,000 checkouts a second, while a
    /// read by status stays 8 parallel Queries (docs/performance.md).</summary>
    public const int StatusShards = ShopIndexes.OrdersByStatusShards;
    public const string ByEmailIndex = ShopIndexes.OrdersByEmail;
    public const string ReservationMinutesKey = ShopSettings.OrderReservationMinutes;
    public const string SweepSecondsKey = ShopSettings.OrderSweepIntervalSeconds;
    public const string MaxUnpaidOrdersKey = ShopSettings.MaxPendingOrdersPerShopper;

    public static OrdersOptions From(IConfiguration configuration) => new(
        configuration.Setting(ShopSettings.OrdersTable, "cloudretail-orders"),
        configuration.Setting(ShopSettings.OrdersByUserIndex, ShopIndexes.OrdersByUser),
        TimeSpan.FromMinutes(configuration.GetValue(ReservationMinutesKey, 30)),
        TimeSpan.FromSeconds(configuration.GetValue(SweepSecondsKey, 0)),
        configuration.GetValue(MaxUnpaidOrdersKey, 3),
        configuration.GetValue(ShopSettings.MaxUncollectedCodOrdersPerShopper, 3),
        configuration.Setting(ShopSettings.OrderHistoryTable, "cloudretail-order-history"));
}
