using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

using CloudRetail.Testing;

namespace CloudRetail.Bench;

/// <summary>A signed-in shopper and the products only they buy (so shoppers never contend for one
/// stock item: the bench measures the shop's own cost, not DynamoDB Local's conflicts).</summary>
internal sealed record Shopper(string Email, string AccessToken, IReadOnlyList<string> ProductIds);

/// <summary>What the bench creates through the API before measuring: products with plenty of stock,
/// and shoppers registered through the API and confirmed by an administrator in cognito-local (as
/// the API tests' CognitoLocal.ConfirmAsync does).</summary>
internal sealed class Shop(string apiUrl, string cognitoUrl)
{
    public const string AdminEmail = "admin@bench.cloudretail.example";
    public const string AdminPassword = "BenchAdmin123";
    private const string ShopperPassword = "Shopper123";
    private static readonly HttpClient Http = new(new SocketsHttpHandler { UseProxy = false });

    /// <summary>The pool, app client and secret the API created in cognito-local, as COGNITO_* settings.</summary>
    public async Task<Dictionary<string, string>> PoolSettingsAsync()
    {
        var pools = await CognitoAsync("ListUserPools", new { MaxResults = 60 });
        var poolId = (string)pools["UserPools"]!.AsArray().Single(p => (string?)p!["Name"] == "cloudretail-local")!["Id"]!;
        var clients = await CognitoAsync("ListUserPoolClients", new { UserPoolId = poolId, MaxResults = 60 });
        var clientId = (string)clients["UserPoolClients"]!.AsArray().Single(c => (string?)c!["ClientName"] == "cloudretail-api")!["ClientId"]!;
        var client = await CognitoAsync("DescribeUserPoolClient", new { UserPoolId = poolId, ClientId = clientId });
        return new()
        {
            [ShopSettings.CognitoUserPoolId] = poolId,
            [ShopSettings.CognitoClientId] = clientId,
            [ShopSettings.CognitoClientSecret] = (string?)client["UserPoolClient"]!["ClientSecret"] ?? "",
        };
    }

    private string? _adminToken;

    public async Task<string> AddProductAsync(string productId, int stock)
    {
        _adminToken ??= await SignInAsync(AdminEmail, AdminPassword);
        using var admin = Signed(_adminToken);
        await SendAsync(admin, HttpMethod.Post, "/api/products", new { productId, name = $"Bench {productId}", category = "Bench", price = 9.99m, currency = "USD" });
        await SendAsync(admin, HttpMethod.Put, $"/api/inventory/{productId}", new { availableQty = stock, reason = "bench stock" });
        return productId;
    }

    public async Task<Shopper> NewShopperAsync(int number, int products)
    {
        var email = $"shopper{number}-{Guid.NewGuid():N}"[..24] + "@bench.example";
        using var anonymous = Signed(null);
        await SendAsync(anonymous, HttpMethod.Post, "/api/auth/register", new { email, password = ShopperPassword });
        var poolId = (await PoolSettingsAsync())[ShopSettings.CognitoUserPoolId];
        await CognitoAsync("AdminConfirmSignUp", new { UserPoolId = poolId, Username = email });
        await CognitoAsync("AdminUpdateUserAttributes", new
        {
            UserPoolId = poolId,
            Username = email,
            UserAttributes = new[] { new { Name = "email", Value = email }, new { Name = "email_verified", Value = "true" } },
        });
        var productIds = new List<string>();
        for (var i = 0; i < products; i++)
        {
            productIds.Add(await AddProductAsync($"B{number:00}-{i:00}-{Guid.NewGuid():N}"[..20], 1_000_000));
        }
        return new Shopper(email, await SignInAsync(email, ShopperPassword), productIds);
    }

    private async Task<string> SignInAsync(string email, string password)
    {
        using var anonymous = Signed(null);
        var login = await SendAsync(anonymous, HttpMethod.Post, "/api/auth/login", new { email, password });
        return (string)login["tokens"]!["accessToken"]!;
    }

    private HttpClient Signed(string? accessToken)
    {
        var client = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = new Uri(apiUrl) };
        if (accessToken is not null)
        {
            client.DefaultRequestHeaders.Authorization = SignedInClients.Bearer(accessToken);
        }
        return client;
    }

    private static async Task<JsonNode> SendAsync(HttpClient client, HttpMethod method, string path, object body)
    {
        using var response = await client.SendAsync(new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) });
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{method} {path} answered {(int)response.StatusCode}: {text}");
        }
        return JsonNode.Parse(text.Length == 0 ? "{}" : text)!;
    }

    private async Task<JsonNode> CognitoAsync(string operation, object request)
    {
        using var content = new StringContent(JsonSerializer.Serialize(request), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-amz-json-1.1");
        using var message = new HttpRequestMessage(HttpMethod.Post, cognitoUrl.TrimEnd('/') + "/") { Content = content };
        message.Headers.Add("X-Amz-Target", "AWSCognitoIdentityProviderService." + operation);
        using var response = await Http.SendAsync(message);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"cognito-local {operation} answered {(int)response.StatusCode}: {body}");
        }
        return JsonNode.Parse(body)!;
    }
}
