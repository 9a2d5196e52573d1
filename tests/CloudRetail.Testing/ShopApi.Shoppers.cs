using System.Text.Json.Nodes;

namespace CloudRetail.Testing;

/// <summary>Signed-in clients: the admin the API creates in cognito-local, and fresh customers who
/// register, confirm and log in through the API like anyone else. <see cref="Client"/> stays anonymous.</summary>
public sealed partial class ShopApi
{
    /// <summary>The local admin the API creates at start-up (set by <see cref="ShopApiFactory"/>).</summary>
    public const string AdminEmail = "admin@tests.cloudretail.example";
    public const string AdminPassword = "TestAdmin123";
    public const string CustomerPassword = "Customer123";

    private Task<HttpClient>? _admin;

    public CognitoLocal Cognito => new(Emulators.Urls.Cognito);

    /// <summary>One admin client for the whole run.</summary>
    public Task<HttpClient> AdminClientAsync() =>
        LazyInitializer.EnsureInitialized(ref _admin, () => SignedInClientAsync(AdminEmail, AdminPassword));

    /// <summary>A new customer (fresh e-mail, verified), signed in. UserId is their token's sub.</summary>
    public async Task<(HttpClient Client, string UserId, string Email)> NewCustomerAsync()
    {
        var email = NewEmail();
        var userId = await RegisterAsync(email, CustomerPassword);
        await ConfirmAsync(email);
        return (await SignedInClientAsync(email, CustomerPassword), userId, email);
    }

    public static string NewEmail() => $"c-{Guid.NewGuid():N}"[..16] + "@t.example";

    /// <summary>Registers through the API and returns the new user's sub.</summary>
    public async Task<string> RegisterAsync(string email, string password)
    {
        var registered = await Client.PostJsonAsync("/api/auth/register", new { email, password });
        var body = await registered.Content.ReadAsStringAsync();
        Assert.True(registered.IsSuccessStatusCode, $"register answered {(int)registered.StatusCode}: {body}");
        return (string)JsonNode.Parse(body)!["userSub"]!;
    }

    /// <summary>Confirms with the code cognito-local printed, as a developer would; with emulators this
    /// run did not start (their output unseen) an administrator confirms instead.</summary>
    public async Task ConfirmAsync(string email)
    {
        if (Emulators.Codes is not { } codes)
        {
            await Cognito.ConfirmAsync(email);
            return;
        }
        var code = await codes.WaitForAsync(email);
        var confirmed = await Client.PostJsonAsync("/api/auth/confirm", new { email, code });
        Assert.True(confirmed.IsSuccessStatusCode, $"confirm answered {(int)confirmed.StatusCode}: {await confirmed.Content.ReadAsStringAsync()}");
    }

    /// <summary>The token set from /api/auth/login.</summary>
    public async Task<JsonNode> LoginAsync(string email, string password)
    {
        var login = await Client.PostJsonAsync("/api/auth/login", new { email, password });
        var body = await login.Content.ReadAsStringAsync();
        Assert.True(login.IsSuccessStatusCode, $"login answered {(int)login.StatusCode}: {body}");
        return JsonNode.Parse(body)!["tokens"]!;
    }

    public HttpClient ClientWithToken(string accessToken) => Host.CreateClient(accessToken);

    private async Task<HttpClient> SignedInClientAsync(string email, string password) =>
        ClientWithToken((string)(await LoginAsync(email, password))["accessToken"]!);
}
