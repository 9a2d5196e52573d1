using CloudRetail.BuildingBlocks;
using CloudRetail.Inventory;
using Microsoft.Extensions.Configuration;

namespace CloudRetail.Analytics;

/// <param name="TimeZone">The shop's time zone (SHOP_TIME_ZONE, an IANA id such as Europe/Berlin; default UTC):
/// a day's figures are the orders placed between its local midnights.</param>
/// <param name="LowStockThreshold">A product with this many units available or fewer is low on stock (LOW_STOCK_THRESHOLD, default 5).</param>
internal sealed record AnalyticsOptions(string TableName, TimeZoneInfo TimeZone, int LowStockThreshold)
{
    public static AnalyticsOptions From(IConfiguration configuration) => new(
        configuration.Setting(ShopSettings.ShopStatsTable, "cloudretail-shop-stats"),
        TimeZoneInfo.FindSystemTimeZoneById(configuration.Setting(ShopSettings.ShopTimeZone, "UTC")),
        configuration.GetValue(ShopSettings.LowStockThreshold, StockLimits.DefaultLowStockThreshold));
}
