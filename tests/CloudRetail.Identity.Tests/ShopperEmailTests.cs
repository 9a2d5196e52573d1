using Amazon.DynamoDBv2;
using CloudRetail.BuildingBlocks.Aws;
using CloudRetail.Identity.Cognito;
using CloudRetail.Identity.Persistence;

namespace CloudRetail.Identity.Tests;

/// <summary>Checkout asks Cognito for the e-mail of a shopper without a stored profile: what each of
/// Cognito's answers becomes. No profile is written on these paths, so no DynamoDB is needed.</summary>
public sealed class ShopperEmailTests
{
    [Theory]
    [InlineData("NotAuthorizedException")]
    [InlineData("UserNotFoundException")]
    public async Task A_token_or_account_cognito_no_longer_knows_has_no_verified_email(string errorType)
    {
        Assert.Null(await Shoppers(ScriptedUserPool.Refusing(errorType)).GetVerifiedEmailAsync("access", CancellationToken.None));
    }

    [Theory]
    [InlineData("TooManyRequestsException")]
    [InlineData("InternalErrorException")]
    [InlineData("LimitExceededException")]
    [InlineData("UnknownError")]
    public async Task Any_other_cognito_failure_is_a_dependency_outage_that_the_host_answers_503(string errorType)
    {
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => Shoppers(ScriptedUserPool.Refusing(errorType)).GetVerifiedEmailAsync("access", CancellationToken.None));

        Assert.True(DependencyOutage.IsOutage(failure), $"{failure.GetType().Name}: {failure.Message}");
    }

    private static Shoppers Shoppers(ICognitoUserPool pool) =>
        new(pool, new ShoppersTable(new AmazonDynamoDBClient(new Amazon.Runtime.BasicAWSCredentials("unused", "unused"),
            new AmazonDynamoDBConfig { ServiceURL = "http://127.0.0.1:9" }), new ShoppersOptions("unused")), TimeProvider.System);
}
