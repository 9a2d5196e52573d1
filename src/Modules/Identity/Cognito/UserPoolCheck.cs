using CloudRetail.BuildingBlocks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CloudRetail.Identity.Cognito;

/// <summary>Says at start-up, loudly, what a missing Cognito setting will break, instead of letting
/// the first shopper find out. The API still starts: the catalog does not need Cognito.</summary>
internal sealed class UserPoolCheck(UserPool pool, ILogger<UserPoolCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (pool.App.ClientId is null)
        {
            logger.LogError("Missing {ClientId} / {ClientSecret}: register, login and every other /api/auth endpoint answer 500 until it is set",
                ShopSettings.CognitoClientId, ShopSettings.CognitoClientSecret);
        }
        if (pool.App.PoolId is null)
        {
            logger.LogError("Missing {PoolId}: no access token can be verified, so every signed-in endpoint answers 401 until it is set",
                ShopSettings.CognitoUserPoolId);
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
