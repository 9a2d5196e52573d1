using Amazon.CDK;
using CloudRetail.Cdk;
using CloudRetail.Deploy.Tests.Infrastructure;

namespace CloudRetail.Deploy.Tests;

/// <summary>Every invoice names the seller; a production stack that does not say who that is refuses to deploy.</summary>
[Collection(SynthesizedShopCollection.Name)]
public sealed class InvoiceSellerTests(SynthesizedShop shop)
{
    [Fact]
    public void The_function_gets_the_seller_from_the_stage_context()
    {
        var environment = shop.Json.FunctionEnvironment();

        Assert.Equal(DeploySettings.DefaultLegalName, environment[ShopSettings.ShopLegalName]!.ToString());
        Assert.Equal(DeploySettings.DefaultLegalAddress, environment[ShopSettings.ShopLegalAddress]!.ToString());
    }

    [Theory]
    [InlineData("shopLegalName")]
    [InlineData("shopLegalAddress")]
    public void The_prod_stage_refuses_to_deploy_without_the_sellers_name_and_address(string missing)
    {
        var context = new Dictionary<string, object>
        {
            ["stage"] = "prod",
            ["sesFromEmail"] = SynthesizedShop.SenderEmail,
            ["shopLegalName"] = "Example Pte. Ltd.",
            ["shopLegalAddress"] = "1 Example Road; Singapore 000001",
        };
        context.Remove(missing);

        var refused = Assert.Throws<ArgumentException>(() => DeploySettings.From(new App(new AppProps { Context = DeployContext.FromCdkJson(context) }).Node));

        Assert.Contains(missing, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_prod_stage_naming_its_seller_prints_it()
    {
        // The rest of what prod needs (web ACL, alarm address, API domain) comes with the context.
        var settings = DeploySettings.From(new App(new AppProps { Context = EdgeShieldTests.ProdContext([]) }).Node);

        Assert.Equal(("Example Pte. Ltd.", "1 Example Road; Singapore 000001"), (settings.LegalName, settings.LegalAddress));
    }
}
