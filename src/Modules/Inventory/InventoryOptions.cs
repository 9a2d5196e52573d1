using CloudRetail.BuildingBlocks;
using Microsoft.Extensions.Configuration;

namespace CloudRetail.Inventory;

internal sealed record InventoryOptions(string TableName)
{
    public static InventoryOptions From(IConfiguration configuration) =>
        new(configuration.Setting(ShopSettings.InventoryTable, "cloudretail-inventory"));
}
