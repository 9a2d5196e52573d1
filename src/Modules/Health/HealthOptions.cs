using CloudRetail.BuildingBlocks;
using Microsoft.Extensions.Configuration;

namespace CloudRetail.Health;

internal sealed record HealthOptions(string TableName)
{
    public static HealthOptions From(IConfiguration configuration) =>
        new(configuration.Setting(ShopSettings.HealthTable, "cloudretail-health"));
}
