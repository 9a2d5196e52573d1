using CloudRetail.BuildingBlocks;
using Microsoft.Extensions.Configuration;

namespace CloudRetail.Catalog;

internal sealed record CatalogOptions(string TableName, string SearchTableName, string BucketName, TimeSpan SignedUrlLifetime)
{
    public const string CategoryIndex = ShopIndexes.ProductsByCategory;

    public static CatalogOptions From(IConfiguration configuration)
    {
        var seconds = int.TryParse(configuration[ShopSettings.SignedUrlExpires], out var value) && value > 0 ? value : 300;
        return new(
            configuration.Setting(ShopSettings.ProductsTable, "cloudretail-products"),
            configuration.Setting(ShopSettings.ProductSearchTable, "cloudretail-product-search"),
            configuration.Setting(ShopSettings.ImagesBucket, "cloudretail-products-bucket"),
            TimeSpan.FromSeconds(seconds));
    }
}
