using CloudRetail.BuildingBlocks.Security;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;

namespace CloudRetail.Api.Security;

internal static class ShopAuthorization
{
    /// <summary>The one place that says what each policy requires. Who the caller is comes from the
    /// Identity module's bearer scheme (verified Cognito access tokens), which each policy names:
    /// only the endpoints that require a policy read the token. Roles come from cognito:groups.</summary>
    public static IServiceCollection AddShopAuthorization(this IServiceCollection services)
    {
        services.AddAuthentication();
        var customer = SignedIn().Build();
        services.AddAuthorizationBuilder()
            .SetDefaultPolicy(customer)
            .AddPolicy(ShopPolicies.Customer, customer)
            .AddPolicy(ShopPolicies.Admin, SignedIn().RequireClaim(ShopperClaims.Groups, ShopperClaims.AdminGroup).Build());
        return services;
    }

    private static AuthorizationPolicyBuilder SignedIn() =>
        new AuthorizationPolicyBuilder(JwtBearerDefaults.AuthenticationScheme).RequireAuthenticatedUser();
}
