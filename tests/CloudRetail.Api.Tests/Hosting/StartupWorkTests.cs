using CloudRetail.Api.Tests.Infrastructure;
using CloudRetail.BuildingBlocks.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CloudRetail.Api.Tests.Hosting;

/// <summary>What the host does before its first request is cold-start time (docs/performance.md).</summary>
[Collection(ShopApiCollection.Name)]
public sealed class StartupWorkTests(ShopApi shop)
{
    [Fact]
    public void No_data_protection_key_ring_is_loaded_at_start()
    {
        var startupWork = shop.Services.GetServices<IHostedService>().Select(service => service.GetType().FullName!);

        Assert.DoesNotContain(startupWork, name => name.StartsWith("Microsoft.AspNetCore.DataProtection", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Only_endpoints_that_require_a_signed_in_user_read_the_bearer_token()
    {
        var schemes = shop.Services.GetRequiredService<IAuthenticationSchemeProvider>();
        var policies = shop.Services.GetRequiredService<IAuthorizationPolicyProvider>();

        Assert.Null(await schemes.GetDefaultAuthenticateSchemeAsync());
        Assert.Equal([JwtBearerDefaults.AuthenticationScheme], (await policies.GetDefaultPolicyAsync()).AuthenticationSchemes);
        foreach (var policy in new[] { ShopPolicies.Customer, ShopPolicies.Admin })
        {
            Assert.Equal([JwtBearerDefaults.AuthenticationScheme], (await policies.GetPolicyAsync(policy))!.AuthenticationSchemes);
        }
    }
}
