using CloudRetail.BuildingBlocks;
using Microsoft.Extensions.Configuration;

namespace CloudRetail.Addresses;

internal sealed record AddressesOptions(string TableName)
{
    public static AddressesOptions From(IConfiguration configuration) =>
        new(configuration.Setting(ShopSettings.AddressesTable, "cloudretail-addresses"));
}
