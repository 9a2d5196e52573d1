using Amazon.CDK;
using CloudRetail.BuildingBlocks;
using CloudRetail.Cdk;
using CloudRetail.Deploy.Tests.Infrastructure;

namespace CloudRetail.Deploy.Tests;

[Collection(SynthesizedShopCollection.Name)]
public sealed class PaymentTests(SynthesizedShop shop)
{
    [Fact]
    public void A_deployed_shop_takes_cash_on_delivery_by_default() =>
        Assert.Equal("COD", shop.Json.FunctionEnvironment()[ShopSettings.PaymentProvider]!.ToString());

    [Fact]
    public void The_webhook_secret_is_generated_by_secrets_manager_and_resolved_at_deploy_time()
    {
        var value = shop.Json.FunctionEnvironment()[ShopSettings.PaymentWebhookSecret]!;
        var (secretId, secret) = shop.Json.Resources("AWS::SecretsManager::Secret").Single(s => shop.Json.ReferencedIds(value).Contains(s.Id));

        Assert.NotNull(secret.Properties()["GenerateSecretString"]);
        Assert.Equal([secretId], shop.Json.ReferencedIds(value));
        Assert.Contains("{{resolve:secretsmanager:", value.ToJsonString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("MOCK")]
    [InlineData("mock")]
    [InlineData("PAYPAL")]
    public void A_stack_never_sets_the_mock_or_an_unknown_provider(string provider) =>
        Assert.Contains("COD or CARD_SIMULATOR", Assert.Throws<ArgumentException>(() => SettingsWith(provider)).Message, StringComparison.Ordinal);

    [Fact]
    public void The_card_simulator_can_be_chosen_by_context() =>
        Assert.Equal("CARD_SIMULATOR", SettingsWith("CARD_SIMULATOR").PaymentProvider);

    private static DeploySettings SettingsWith(string paymentProvider) =>
        DeploySettings.From(new App(new AppProps
        {
            Context = DeployContext.FromCdkJson(new Dictionary<string, object>
            {
                ["sesFromEmail"] = SynthesizedShop.SenderEmail,
                ["paymentProvider"] = paymentProvider,
            }),
        }).Node);
}
