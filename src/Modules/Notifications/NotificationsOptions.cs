using CloudRetail.BuildingBlocks;
using CloudRetail.BuildingBlocks.Aws;
using Microsoft.Extensions.Configuration;

namespace CloudRetail.Notifications;

internal sealed record NotificationsOptions(string TableName, string FromEmail, string Region, Uri SesEndpoint, Uri? StorefrontUrl)
{
    /// <summary>Notifications by status, newest first: how an admin finds the failed ones to retry.</summary>
    public const string StatusIndex = ShopIndexes.NotificationsByStatus;

    public static NotificationsOptions From(IConfiguration configuration)
    {
        var region = configuration.Region();
        var endpoint = configuration.LocalAws().SesUrl ?? $"https://email.{region}.amazonaws.com";
        return new(
            configuration.Setting(ShopSettings.NotificationsTable, "cloudretail-notifications"),
            configuration.Setting(ShopSettings.SesFromEmail, "noreply@cloudretail.local"),
            region,
            new Uri(endpoint.EndsWith('/') ? endpoint : endpoint + "/"),
            Uri.TryCreate(configuration[ShopSettings.StorefrontUrl], UriKind.Absolute, out var storefront) ? storefront : null);
    }
}
