using CloudRetail.BuildingBlocks;
using Microsoft.Extensions.Configuration;

namespace CloudRetail.Inventory;

/// <param name="LowStockThreshold">A product with this many units available or fewer is low on stock
/// (LOW_STOCK_THRESHOLD, the dashboard's setting too).</param>
internal sealed record InventoryOptions(string TableName, string LedgerTableName, TimeSpan RepairInterval, int LowStockThreshold)
{
    /// <summary>How often a long-lived host repairs reserved stock that drifted from the live orders;
    /// 0 (the default) leaves it to the admin endpoint.</summary>
    public const string RepairSecondsKey = ShopSettings.StockReconciliationIntervalSeconds;

    public static InventoryOptions From(IConfiguration configuration) => new(
        configuration.Setting(ShopSettings.InventoryTable, "cloudretail-inventory"),
        configuration.Setting(ShopSettings.StockLedgerTable, "cloudretail-stock-ledger"),
        TimeSpan.FromSeconds(configuration.GetValue(RepairSecondsKey, 0)),
        configuration.GetValue(ShopSettings.LowStockThreshold, StockLimits.DefaultLowStockThreshold));
}
