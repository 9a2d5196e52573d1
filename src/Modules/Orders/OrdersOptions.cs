using CloudRetail.BuildingBlocks;
using Microsoft.Extensions.Configuration;

namespace CloudRetail.Orders;

/// <param name="MaxUnpaidOrders">PENDING or PAYING orders a shopper may hold at once; 0 for no limit.</param>
internal sealed record OrdersOptions(string TableName, string ByUserIndex, TimeSpan ReservationLifetime, TimeSpan SweepInterval, int MaxUnpaidOrders)
{
    public const string ByStatusIndex = "GSI2-status-createdAt";
    public const string ReservationMinutesKey = "ORDER_RESERVATION_MINUTES";
    public const string SweepSecondsKey = "ORDER_SWEEP_INTERVAL_SECONDS";
    public const string MaxUnpaidOrdersKey = "MAX_PENDING_ORDERS_PER_SHOPPER";

    public static OrdersOptions From(IConfiguration configuration) => new(
        configuration.Setting(ShopSettings.OrdersTable, "cloudretail-orders"),
        configuration.Setting(ShopSettings.OrdersByUserIndex, "GSI1-userId-createdAt"),
        TimeSpan.FromMinutes(configuration.GetValue(ReservationMinutesKey, 30)),
        TimeSpan.FromSeconds(configuration.GetValue(SweepSecondsKey, 0)),
        configuration.GetValue(MaxUnpaidOrdersKey, 3));
}
