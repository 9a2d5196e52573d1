using CloudRetail.BuildingBlocks.Observability;
using CloudRetail.BuildingBlocks.Security;
using CloudRetail.Identity.Cognito;
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
        var pools = await api.CallAsync<PoolList>("ListUserPools", new { MaxResults = 60 }, cancellationToken);
        if (pools.UserPools.FirstOrDefault(p => p.Name == UserPool.LocalPoolName) is { } existing)
        {
            return existing.Id;
        }
        var created = await api.CallAsync<PoolCreated>("CreateUserPool", new
        {
            PoolName = UserPool.LocalPoolName,
            UsernameAttributes = EmailOnly,
            AutoVerifiedAttributes = EmailOnly,
            Policies = new
            {
                PasswordPolicy = new { MinimumLength = 8, RequireUppercase = true, RequireLowercase = true, RequireNumbers = true, RequireSymbols = false },
            },
        }, cancellationToken);
        logger.LogInformation("Created user pool {Pool} ({PoolId})", UserPool.LocalPoolName, created.UserPool.Id);
        return created.UserPool.Id;
    }

    private async Task<AppClient> EnsureClientAsync(string poolId, CancellationToken cancellationToken)
    {
        var clients = await api.CallAsync<ClientList>("ListUserPoolClients", new { UserPoolId = poolId, MaxResults = 60 }, cancellationToken);
        if (clients.UserPoolClients.FirstOrDefault(c => c.ClientName == ClientName) is { } existing)
        {
            // Listing leaves secrets out (as in AWS); describing the client gives it.
            return (await api.CallAsync<ClientDescribed>("DescribeUserPoolClient", new { UserPoolId = poolId, existing.ClientId }, cancellationToken)).UserPoolClient;
        }
        // A secret, so the SECRET_HASH path that an app client with a secret needs runs locally too.
        // Token lifetimes as the README states them: one hour, refresh for 30 days.
        var created = await api.CallAsync<ClientDescribed>("CreateUserPoolClient", new
        {
            UserPoolId = poolId,
            ClientName,
            GenerateSecret = true,
            ExplicitAuthFlows = PasswordAndRefresh,
            EnableTokenRevocation = true,
            AccessTokenValidity = 60,
            IdTokenValidity = 60,
            RefreshTokenValidity = 30,
            TokenValidityUnits = new { AccessToken = "minutes", IdToken = "minutes", RefreshToken = "days" },
        }, cancellationToken);
        return created.UserPoolClient;
    }

    private async Task EnsureAdminGroupAsync(string poolId, CancellationToken cancellationToken)
    {
        // Check first: cognito-local's CreateGroup replaces an existing group, members and all.
        var groups = await api.CallAsync<GroupList>("ListGroups", new { UserPoolId = poolId }, cancellationToken);
        if (groups.Groups.All(g => g.GroupName != ShopperClaims.AdminGroup))
        {
            await api.CallAsync("CreateGroup", new { UserPoolId = poolId, GroupName = ShopperClaims.AdminGroup, Description = "Shop staff" }, cancellationToken);
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
            await api.CallAsync("AdminCreateUser", new
            {
                UserPoolId = poolId,
                Username = email,
                MessageAction = "SUPPRESS",
                UserAttributes = new[] { new { Name = "email", Value = email }, new { Name = "email_verified", Value = "true" } },
            }, cancellationToken);
        }
        catch (CognitoException e) when (e.ErrorType == "UsernameExistsException")
        {
        }
        // Every start sets the configured password, so the one the README states always works.
        await api.CallAsync("AdminSetUserPassword", new { UserPoolId = poolId, Username = email, Password = password, Permanent = true }, cancellationToken);
        await api.CallAsync("AdminAddUserToGroup", new { UserPoolId = poolId, Username = email, GroupName = ShopperClaims.AdminGroup }, cancellationToken);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private sealed record PoolList(IReadOnlyList<PoolSummary> UserPools);

    private sealed record PoolSummary(string Id, string Name);

    private sealed record PoolCreated(PoolSummary UserPool);

    private sealed record ClientList(IReadOnlyList<AppClient> UserPoolClients);

    private sealed record ClientDescribed(AppClient UserPoolClient);

    private sealed record AppClient(string ClientId, string ClientName, string? ClientSecret);

    private sealed record GroupList(IReadOnlyList<GroupSummary> Groups);

    private sealed record GroupSummary(string GroupName);
}
