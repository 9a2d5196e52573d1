using System.Net;
using CloudRetail.Api.Security;
using CloudRetail.BuildingBlocks.RateLimits;
using Microsoft.Extensions.Configuration;

namespace CloudRetail.Api.Tests.RateLimits;

/// <summary>Reading the settings: no I/O. A typo must stop the start, never lift a limit silently.</summary>
public sealed class LimitSettingsTests
{
    [Fact]
    public void Unset_limits_are_the_defaults_and_zero_is_kept_as_off()
    {
        var limits = ShopRateLimits.From(Settings((ShopSettings.RateLimitOrdersPerMinute, "0"), (ShopSettings.RateLimitLoginFailures, "")));

        Assert.Equal(new ShopRateLimits(LoginFailures: 10, AuthCallsPer10Minutes: 30, OrdersPerMinute: 0, SearchesPerMinute: 60), limits);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("ten")]
    [InlineData("2.5")]
    public void A_limit_that_is_not_a_whole_number_stops_the_start(string value)
    {
        var refusal = Assert.Throws<InvalidOperationException>(() => ShopRateLimits.From(Settings((ShopSettings.RateLimitAuthPer10Minutes, value))));

        Assert.Contains(ShopSettings.RateLimitAuthPer10Minutes, refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Trusted_proxies_are_addresses_and_networks()
    {
        var (proxies, networks) = TrustedProxies.Parse(" 127.0.0.1, 10.0.0.0/8 ,::1");

        Assert.Equal([IPAddress.Loopback, IPAddress.IPv6Loopback], proxies);
        Assert.Equal([System.Net.IPNetwork.Parse("10.0.0.0/8")], networks);
        Assert.Throws<InvalidOperationException>(() => TrustedProxies.Parse("127.0.0.1, proxy.internal"));
        Assert.Throws<InvalidOperationException>(() => TrustedProxies.Parse("10.0.0.0/99"));
    }

    [Fact]
    public void An_ipv6_client_is_its_64_network_and_a_mapped_ipv4_is_the_ipv4()
    {
        Assert.Equal(ClientAddress.Key(IPAddress.Parse("2001:db8:1:2::a")), ClientAddress.Key(IPAddress.Parse("2001:db8:1:2:ffff::b")));
        Assert.NotEqual(ClientAddress.Key(IPAddress.Parse("2001:db8:1:2::a")), ClientAddress.Key(IPAddress.Parse("2001:db8:1:3::a")));
        Assert.Equal("198.51.100.7", ClientAddress.Key(IPAddress.Parse("::ffff:198.51.100.7")));
        Assert.Equal("unknown", ClientAddress.Key(null));
    }

    private static IConfiguration Settings(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.ToDictionary(v => v.Key, v => (string?)v.Value)).Build();
}
