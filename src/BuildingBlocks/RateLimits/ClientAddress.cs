using System.Net;
using System.Net.Sockets;

namespace CloudRetail.BuildingBlocks.RateLimits;

/// <summary>What "one client IP" means for a limit. An IPv6 subscriber is given a whole /64 and can
/// take a new address from it at will, so the /64 is the client; an IPv4-mapped address is its IPv4.</summary>
public static class ClientAddress
{
    public static string Key(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return $"{new IPAddress(bytes)}/64";
    }
}
