using System.Net.Http.Headers;

namespace CloudRetail.Testing;

/// <summary>
/// The API under test as a journey reaches it: where it listens and a client for it. Today that is
/// <see cref="ShopApiFactory"/>, the app in the test process on a real Kestrel port; a published
/// build started as its own process can stand in for journeys that need nothing from inside it.
/// </summary>
public interface IShopHost : IAsyncDisposable
{
    Uri BaseAddress { get; }

    /// <summary>A new anonymous client whose base address is <see cref="BaseAddress"/>.</summary>
    HttpClient CreateClient();
}

public static class SignedInClients
{
    /// <summary>The one way a test signs a client in: the access token as a bearer on every request.</summary>
    public static HttpClient CreateClient(this IShopHost host, string accessToken)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = Bearer(accessToken);
        return client;
    }

    /// <summary>A client of <paramref name="host"/> carrying the same token as <paramref name="signedIn"/>.</summary>
    public static HttpClient CreateClientAs(this IShopHost host, HttpClient signedIn)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = signedIn.DefaultRequestHeaders.Authorization;
        return client;
    }

    public static AuthenticationHeaderValue Bearer(string accessToken) => new("Bearer", accessToken);
}
