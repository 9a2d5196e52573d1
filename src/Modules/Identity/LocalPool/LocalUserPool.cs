using CloudRetail.BuildingBlocks.Observability;
using CloudRetail.BuildingBlocks.Security;
using CloudRetail.Identity.Cognito;
using static CloudRetail.Identity.LocalPool.LocalPoolRequests;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CloudRetail.Identity.LocalPool;

/// <summary>The admin the local pool is seeded with (appsettings.Development.json; the README states it).</summary>
internal sealed record LocalAdmin(string? Email, string? Password)
{
    public const string Section = IdentityModule.LocalAdminSection;
}

/// <summary>
/// Locally, before the API takes requests: makes sure cognito-local holds the shop's user pool
/// (e-mail as username, e-mail auto-verified), its app client, the <c>admin</c> group and one admin,
/// then points the API at them. Idempotent: what exists is found by name and kept. In AWS the CDK
/// stack owns the pool and configuration names it; real Cognito would also want these admin calls
/// signed, which cognito-local does not check.
/// </summary>
internal sealed class LocalUserPool(CognitoApi api, UserPool pool, LocalAdmin admin, ILogger<LocalUserPool> logger) : IHostedLifecycleService
{
    public const string ClientName = "cloudretail-api";

    private static CognitoJson Json => CognitoJson.Default;
    private static readonly string[] EmailOnly = ["email"];
    private static readonly string[] PasswordAndRefresh = ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"];

    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        if (pool.IsConfigured)
        {
            return;
        }
        try
        {
            var poolId = await EnsurePoolAsync(cancellationToken);
            var client = await EnsureClientAsync(poolId, cancellationToken);
            await EnsureAdminGroupAsync(poolId, cancellationToken);
            await EnsureAdminAsync(poolId, cancellationToken);
            pool.UseLocal(new UserPoolApp(poolId, client.ClientId, client.ClientSecret));
            logger.LogInformation("Local user pool {PoolId} ready at {Url}: app client {ClientId}, admin {AdminEmail}",
                poolId, pool.ServiceUrl, client.ClientId, MaskedEmail.Of(admin.Email));
        }
        catch (Exception e) when (e is HttpRequestException or CognitoException or TaskCanceledException or System.Text.Json.JsonException)
        {
            // The rest of the shop still serves; only sign-in is affected, and says so.
            logger.LogError(e, "Could not prepare the local user pool in cognito-local at {Url}", pool.ServiceUrl);
        }
    }

    private async Task<string> EnsurePoolAsync(CancellationToken cancellationToken)
    {
        var pools = await api.CallAsync("ListUserPools", new ListUserPools(60), Json.ListUserPools, Json.PoolList, cancellationToken);
        if (pools.UserPools.FirstOrDefault(p => p.Name == UserPool.LocalPoolName) is { } existing)
        {
            return existing.Id;
        }
        var created = await api.CallAsync("CreateUserPool", new CreateUserPool(UserPool.LocalPoolName, EmailOnly, EmailOnly,
            new PoolPolicies(new PasswordPolicy(MinimumLength: 8, RequireUppercase: true, RequireLowercase: true, RequireNumbers: true, RequireSymbols: false))),
            Json.CreateUserPool, Json.PoolCreated, cancellationToken);
        logger.LogInformation("Created user pool {Pool} ({PoolId})", UserPool.LocalPoolName, created.UserPool.Id);
        return created.UserPool.Id;
    }

    private async Task<AppClient> EnsureClientAsync(string poolId, CancellationToken cancellationToken)
    {
        var clients = await api.CallAsync("ListUserPoolClients", new ListUserPoolClients(poolId, 60), Json.ListUserPoolClients, Json.ClientList, cancellationToken);
        if (clients.UserPoolClients.FirstOrDefault(c => c.ClientName == ClientName) is { } existing)
        {
            // Listing leaves secrets out (as in AWS); describing the client gives it.
            return (await api.CallAsync("DescribeUserPoolClient", new DescribeUserPoolClient(poolId, existing.ClientId),
                Json.DescribeUserPoolClient, Json.ClientDescribed, cancellationToken)).UserPoolClient;
        }
        // A secret, so the SECRET_HASH path that an app client with a secret needs runs locally too.
        // Token lifetimes as the README states them: one hour, refresh for 30 days.
        var created = await api.CallAsync("CreateUserPoolClient", new CreateUserPoolClient(poolId, ClientName, GenerateSecret: true,
            PasswordAndRefresh, EnableTokenRevocation: true, AccessTokenValidity: 60, IdTokenValidity: 60, RefreshTokenValidity: 30,
            new TokenValidityUnits(AccessToken: "minutes", IdToken: "minutes", RefreshToken: "days")),
            Json.CreateUserPoolClient, Json.ClientDescribed, cancellationToken);
        return created.UserPoolClient;
    }

    private async Task EnsureAdminGroupAsync(string poolId, CancellationToken cancellationToken)
    {
        // Check first: cognito-local's CreateGroup replaces an existing group, members and all.
        var groups = await api.CallAsync("ListGroups", new ListGroups(poolId), Json.ListGroups, Json.GroupList, cancellationToken);
        if (groups.Groups.All(g => g.GroupName != ShopperClaims.AdminGroup))
        {
            await api.CallAsync("CreateGroup", new CreateGroup(poolId, ShopperClaims.AdminGroup, "Shop staff"), Json.CreateGroup, cancellationToken);
        }
    }

    private async Task EnsureAdminAsync(string poolId, CancellationToken cancellationToken)
    {
        if (admin is not { Email: { Length: > 0 } email, Password: { Length: > 0 } password })
        {
            logger.LogWarning("No local admin configured ({Section}); the local pool has no one in the admin group", LocalAdmin.Section);
            return;
        }
        try
        {
            await api.CallAsync("AdminCreateUser", new AdminCreateUser(poolId, email, "SUPPRESS",
                [new AttributeType("email", email), new AttributeType("email_verified", "true")]), Json.AdminCreateUser, cancellationToken);
        }
        catch (CognitoException e) when (e.ErrorType == "UsernameExistsException")
        {
        }
        // Every start sets the configured password, so the one the README states always works.
        await api.CallAsync("AdminSetUserPassword", new AdminSetUserPassword(poolId, email, password, Permanent: true), Json.AdminSetUserPassword, cancellationToken);
        await api.CallAsync("AdminAddUserToGroup", new AdminAddUserToGroup(poolId, email, ShopperClaims.AdminGroup), Json.AdminAddUserToGroup, cancellationToken);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
