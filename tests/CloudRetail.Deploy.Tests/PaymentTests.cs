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

    /// <summary>Every instance must hold the same webhook secret and the same page cursor key, or a
    /// webhook or a shopper's next page fails on another instance.</summary>
    [Theory]
    [InlineData(ShopSettings.PaymentWebhookSecret)]
    [InlineData(ShopSettings.PageCursorSecret)]
    public void Shared_secrets_are_generated_by_secrets_manager_and_read_at_run_time(string setting)
    {
        var name = StackRules.RuntimeSecrets(shop.Json)[setting];
        var secret = shop.Json.Resources("AWS::SecretsManager::Secret").Single(r => StackRules.SecretName(shop.Json, r.Id) == name).Resource;

        Assert.NotNull(secret.Properties()["GenerateSecretString"]);
        Assert.False(shop.Json.FunctionEnvironment().ContainsKey(setting));
    }

    [Theory]
    [InlineData("MOCK")]
    [InlineData("mock")]
    [InlineData("PAYPAL")]
    public void A_stack_never_sets_the_mock_or_an_unknown_provider(string provider) =>
        Assert.Contains("COD or CARD_SIMULATOR", Assert.Throws<ArgumentException>(() => SettingsWith(provider)).Message, StringComparison.Ordinal);

    [Fact]
    public void A_test_stage_can_choose_the_card_simulator_by_context() =>
        Assert.Equal("CARD_SIMULATOR", SettingsWith("CARD_SIMULATOR").PaymentProvider);

    [Fact]
    public void The_prod_stage_never_runs_the_card_simulator() =>
        Assert.Contains("test stages", Assert.Throws<ArgumentException>(() => SettingsWith("CARD_SIMULATOR", stage: "prod")).Message, StringComparison.Ordinal);

    [Fact]
    public void A_cash_on_delivery_stack_does_not_allow_the_card_simulator() =>
        Assert.False(shop.Json.FunctionEnvironment().ContainsKey(ShopSettings.PaymentAllowSimulator));

    private static DeploySettings SettingsWith(string paymentProvider, string stage = "dev") =>
        DeploySettings.From(new App(new AppProps
        {
            Context = DeployContext.FromCdkJson(new Dictionary<string, object>
            {
                ["sesFromEmail"] = SynthesizedShop.SenderEmail,
                ["paymentProvider"] = paymentProvider,
                ["stage"] = stage,
            }),
        }).Node);
}
