using CloudRetail.BuildingBlocks;
using Microsoft.Extensions.Configuration;

namespace CloudRetail.Cart;

internal sealed record CartOptions(string TableName)
{
    public static CartOptions From(IConfiguration configuration) =>
        new(configuration.Setting(ShopSettings.CartTable, "cloudretail-cart"));
}
