using Microsoft.Extensions.Configuration;

namespace CloudRetail.BuildingBlocks;

/// <summary>
/// The configuration names the API reads, kept as the seed's environment variables. The CDK stack
/// sets the function's environment from this same list, so the two cannot drift apart.
/// </summary>
public static class ShopSettings
{
    public const string ProductsTable = "PRODUCTS_TABLE";
    public const string InventoryTable = "INVENTORY_TABLE";
    public const string HealthTable = "HEALTH_TABLE";
    public const string ImagesBucket = "S3_BUCKET";
    public const string SignedUrlExpires = "SIGNED_URL_EXPIRES";

    /// <summary>A setting's value, or its default when unset or empty.</summary>
    public static string Setting(this IConfiguration configuration, string key, string defaultValue) =>
        configuration[key] is { Length: > 0 } value ? value : defaultValue;
}
