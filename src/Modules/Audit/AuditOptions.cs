using CloudRetail.BuildingBlocks;
using Microsoft.Extensions.Configuration;

namespace CloudRetail.Audit;

/// <param name="TableName">The audit trail's table (AUDIT_TABLE, default cloudretail-audit).</param>
internal sealed record AuditOptions(string TableName)
{
    public const string FeedIndex = ShopIndexes.AuditFeed;
    public const string ByAdminIndex = ShopIndexes.AuditByAdmin;
    public const string ByActionIndex = ShopIndexes.AuditByAction;

    public static AuditOptions From(IConfiguration configuration) => new(configuration.Setting(ShopSettings.AuditTable, "cloudretail-audit"));
}
