using CloudRetail.BuildingBlocks;
using Microsoft.Extensions.Configuration;

namespace CloudRetail.Orders;

internal sealed record OrdersOptions(string TableName, string ByUserIndex, TimeSpan ReservationLifetime, TimeSpan SweepInterval)
{
    public const string ByStatusIndex = "GSI2-status-createdAt";
    public const string ReservationMinutesKey = "ORDER_RESERVATION_MINUTES";
    public const string SweepSecondsKey = "ORDER_SWEEP_INTERVAL_SECONDS";

    public static OrdersOptions From(IConfiguration configuration) => new(
        configuration.Setting(ShopSettings.OrdersTable, "cloudretail-orders"),
        configuration.Setting(ShopSettings.OrdersByUserIndex, "GSI1-userId-createdAt"),
        TimeSpan.FromMinutes(configuration.GetValue(ReservationMinutesKey, 30)),
        TimeSpan.FromSeconds(configuration.GetValue(SweepSecondsKey, 0)));
}
