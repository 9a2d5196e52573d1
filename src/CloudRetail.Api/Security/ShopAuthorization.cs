using CloudRetail.BuildingBlocks.Security;

namespace CloudRetail.Api.Security;

internal static class ShopAuthorization
{
    /// <summary>The one place that says what each policy requires. Until Identity lands the admin
    /// policy admits everyone; the routes that need it are already marked.</summary>
    public static IServiceCollection AddShopAuthorization(this IServiceCollection services)
    {
        services.AddAuthentication();
        services.AddAuthorizationBuilder()
            .AddPolicy(ShopPolicies.Admin, policy => policy.RequireAssertion(_ => true));
        return services;
    }
}
