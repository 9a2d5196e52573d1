using CloudRetail.Identity.Cognito;
using Microsoft.Extensions.Configuration;

namespace CloudRetail.Identity.Tests;

public sealed class UserPoolTests
{
    [Fact]
    public void In_aws_the_issuer_is_the_regions_cognito_endpoint_and_the_pool()
    {
        var pool = Pool(new() { ["AWS_REGION"] = "eu-west-1", ["COGNITO_USER_POOL_ID"] = "eu-west-1_AbC", ["COGNITO_CLIENT_ID"] = "c" });

        Assert.Equal("https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC", pool.Issuer);
        Assert.Equal(new Uri("https://cognito-idp.eu-west-1.amazonaws.com/"), pool.ServiceUrl);
        Assert.True(pool.IsConfigured);
    }

    [Fact]
    public void Locally_the_issuer_is_the_emulators_address_and_the_pool_created_at_start_up()
    {
        var pool = Pool(new() { ["LocalAws:CognitoUrl"] = "http://127.0.0.1:9229/" });
        Assert.Null(pool.Issuer);

        pool.UseLocal(new UserPoolApp("local_X1", "client", "secret"));

        Assert.Equal("http://127.0.0.1:9229/local_X1", pool.Issuer);
        Assert.True(pool.App.HasSecret);
    }

    private static UserPool Pool(Dictionary<string, string?> settings) =>
        new(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
}
