using System.Net;
using CloudRetail.BuildingBlocks;
using Microsoft.AspNetCore.HttpOverrides;
using IPNetwork = System.Net.IPNetwork;

namespace CloudRetail.Api.Security;

/// <summary>
/// The client's address and scheme come from X-Forwarded-For / X-Forwarded-Proto only when the
/// connection comes from a proxy named in TRUSTED_PROXIES; anyone else's forwarded headers are
/// ignored. Only the last X-Forwarded-For entry is read: the one the trusted proxy appended, not
/// whatever the client wrote in front of it. In Lambda the Web Adapter is that proxy, on 127.0.0.1.
/// </summary>
internal static class TrustedProxies
{
    public static IServiceCollection AddTrustedProxies(this IServiceCollection services, IConfiguration configuration)
    {
        var (proxies, networks) = Parse(configuration[ShopSettings.TrustedProxies]);
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            // With no known proxy at all the middleware would believe everyone, so then it reads nothing.
            options.ForwardedHeaders = proxies.Count + networks.Count == 0
                ? ForwardedHeaders.None
                : ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.ForwardLimit = 1;
            // The framework trusts loopback by default; here nothing is trusted unless configured.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            proxies.ForEach(options.KnownProxies.Add);
            networks.ForEach(options.KnownIPNetworks.Add);
        });
        return services;
    }

    public static (List<IPAddress> Proxies, List<IPNetwork> Networks) Parse(string? setting)
    {
        var proxies = new List<IPAddress>();
        var networks = new List<IPNetwork>();
        foreach (var entry in (setting ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (entry.Contains('/', StringComparison.Ordinal) && IPNetwork.TryParse(entry, out var network))
            {
                networks.Add(network);
            }
            else if (IPAddress.TryParse(entry, out var address))
            {
                proxies.Add(address);
            }
            else
            {
                throw new InvalidOperationException($"{ShopSettings.TrustedProxies}: '{entry}' is neither an IP address nor a CIDR network");
            }
        }
        return (proxies, networks);
    }
}
