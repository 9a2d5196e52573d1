using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CloudRetail.Testing;

/// <summary>Direct calls to cognito-local, for what a test must do behind the API's back: confirm a
/// user as an administrator would, or sign in through another app client.</summary>
public sealed class CognitoLocal(string url)
{
    /// <summary>The pool the API creates at start-up (Identity's UserPool.LocalPoolName).</summary>
    public const string PoolName = "cloudretail-local";

    private static readonly HttpClient Http = new();

    public string Url { get; } = url.TrimEnd('/');

    public async Task<string> PoolIdAsync()
    {
        var pools = await CallAsync("ListUserPools", new { MaxResults = 60 });
        return (string)pools["UserPools"]!.AsArray().Single(p => (string?)p!["Name"] == PoolName)!["Id"]!;
    }

    public async Task<string> IssuerAsync() => $"{Url}/{await PoolIdAsync()}";

    /// <summary>What an administrator does for a shopper whose code never arrived: confirm them and vouch for the e-mail.</summary>
    public async Task ConfirmAsync(string email)
    {
        var poolId = await PoolIdAsync();
        await CallAsync("AdminConfirmSignUp", new { UserPoolId = poolId, Username = email });
        await CallAsync("AdminUpdateUserAttributes", new
        {
            UserPoolId = poolId,
            Username = email,
            UserAttributes = new[] { new { Name = "email_verified", Value = "true" } },
        });
    }

    /// <summary>A second app client of the same pool, without a secret.</summary>
    public async Task<string> CreateAppClientAsync(string name)
    {
        var created = await CallAsync("CreateUserPoolClient", new { UserPoolId = await PoolIdAsync(), ClientName = name });
        return (string)created["UserPoolClient"]!["ClientId"]!;
    }

    public async Task<JsonNode> SignInAsync(string clientId, string email, string password) =>
        (await CallAsync("InitiateAuth", new
        {
            ClientId = clientId,
            AuthFlow = "USER_PASSWORD_AUTH",
            AuthParameters = new Dictionary<string, string> { ["USERNAME"] = email, ["PASSWORD"] = password },
        }))["AuthenticationResult"]!;

    public async Task<JsonNode> CallAsync(string operation, object request)
    {
        using var content = new StringContent(JsonSerializer.Serialize(request), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-amz-json-1.1");
        using var message = new HttpRequestMessage(HttpMethod.Post, Url + "/") { Content = content };
        message.Headers.Add("X-Amz-Target", "AWSCognitoIdentityProviderService." + operation);
        using var response = await Http.SendAsync(message);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"cognito-local {operation} answered {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!;
    }
}
