using CloudRetail.Api.Tests.Infrastructure;
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
}
