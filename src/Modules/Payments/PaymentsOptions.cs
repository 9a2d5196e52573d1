using CloudRetail.BuildingBlocks;
using Microsoft.Extensions.Configuration;

namespace CloudRetail.Payments;

internal sealed record PaymentsOptions(string TableName)
{
    public static PaymentsOptions From(IConfiguration configuration) =>
        new(configuration.Setting(ShopSettings.PaymentsTable, "cloudretail-payments"));
}
