using CloudRetail.BuildingBlocks;
using Microsoft.Extensions.Configuration;

namespace CloudRetail.Returns;

/// <param name="Window">How long after its delivery an order's lines may be returned.</param>
internal sealed record ReturnsOptions(string TableName, TimeSpan Window)
{
    public const string ByStatusIndex = ShopIndexes.ReturnsByStatus;
    public const string ByOrderIndex = ShopIndexes.ReturnsByOrder;

    /// <summary>A RECEIVED return younger than this is left to the receive that asked for its refund.</summary>
    public static readonly TimeSpan RefundGrace = TimeSpan.FromMinutes(2);

    public static ReturnsOptions From(IConfiguration configuration) => new(
        configuration.Setting(ShopSettings.ReturnsTable, "cloudretail-returns"),
        TimeSpan.FromDays(configuration.GetValue(ShopSettings.ReturnWindowDays, 30)));
}
