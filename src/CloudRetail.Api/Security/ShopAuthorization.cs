using CloudRetail.BuildingBlocks.Security;
using Microsoft.AspNetCore.Authorization;

namespace CloudRetail.Api.Security;

internal static class ShopAuthorization
{
    /// <summary>The one place that says what each policy requires. Who the caller is comes from the
    /// Identity module's bearer scheme (verified Cognito access tokens); roles from cognito:groups.</summary>
    public static IServiceCollection AddShopAuthorization(this IServiceCollection services)
    {
        services.AddAuthentication();
        var customer = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        services.AddAuthorizationBuilder()
            .SetDefaultPolicy(customer)
            .AddPolicy(ShopPolicies.Customer, customer)
            .AddPolicy(ShopPolicies.Admin, policy => policy
                .RequireAuthenticatedUser()
                .RequireClaim(ShopperClaims.Groups, ShopperClaims.AdminGroup));
        return services;
    }
}
