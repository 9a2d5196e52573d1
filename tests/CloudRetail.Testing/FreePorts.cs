using System.Net;
using System.Net.Sockets;

namespace CloudRetail.Testing;

/// <summary>Loopback ports nothing listens on (yet): for an emulator to take, or to stand for an
/// unreachable service.</summary>
public static class FreePorts
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>A URL on loopback where nothing answers.</summary>
    public static string NowhereUrl() => $"http://127.0.0.1:{Next()}";
}
