using Amazon.CDK.Assertions;
using CloudRetail.BuildingBlocks.Security;
using CloudRetail.Cdk;
using CloudRetail.Deploy.Tests.Infrastructure;

namespace CloudRetail.Deploy.Tests;

[Collection(SynthesizedShopCollection.Name)]
public sealed class IdentityTests(SynthesizedShop shop)
{
    [Fact]
    public void Shoppers_sign_in_by_email_under_the_shops_password_policy() =>
        StackRules.PasswordPolicyIsTheShops(shop.Template);

    [Fact]
    public void The_api_client_signs_in_with_a_password_and_refreshes_without_a_secret() =>
        shop.Template.HasResourceProperties("AWS::Cognito::UserPoolClient", Match.ObjectLike(new Dictionary<string, object>
        {
            ["ExplicitAuthFlows"] = new object[] { "ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH" },
            ["GenerateSecret"] = false,
            ["EnableTokenRevocation"] = true,
        }));

    [Fact]
    public void Staff_are_the_admin_group_the_api_checks() =>
        shop.Template.HasResourceProperties("AWS::Cognito::UserPoolGroup", Match.ObjectLike(new Dictionary<string, object>
        {
            ["GroupName"] = ShopperClaims.AdminGroup,
        }));

    [Fact]
    public void The_function_may_run_the_back_offices_customer_operations_on_the_shops_pool_only()
    {
        // The role's inline policy, or the managed one the CDK moves statements to when it grows past IAM's size limit.
        var statement = shop.Json.Resources("AWS::IAM::Policy").Concat(shop.Json.Resources("AWS::IAM::ManagedPolicy"))
            .SelectMany(p => p.Resource.Properties()["PolicyDocument"]!["Statement"]!.AsArray())
            .Single(s => s!["Action"].AsList().Any(a => a!.GetValue<string>() == "cognito-idp:AdminDisableUser"))!;

        Assert.Equal(ApiFunction.CustomerAdminActions.Order(), statement["Action"].AsList().Select(a => a!.GetValue<string>()).Order());
        var pool = Assert.Single(shop.Json.Resources("AWS::Cognito::UserPool"));
        Assert.Equal([pool.Id], shop.Json.ReferencedIds(statement["Resource"]));
    }

    [Fact]
    public void Mails_come_from_the_configured_sender() =>
        shop.Template.HasResourceProperties("AWS::SES::EmailIdentity", new Dictionary<string, object>
        {
            ["EmailIdentity"] = SynthesizedShop.SenderEmail,
        });
}
