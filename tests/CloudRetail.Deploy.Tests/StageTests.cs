using Amazon.CDK;
using Amazon.CDK.Assertions;
using CloudRetail.Cdk;
using CloudRetail.Deploy.Tests.Infrastructure;

namespace CloudRetail.Deploy.Tests;

/// <summary>Only production data outlives its stack. Both stages are asserted, so a policy that
/// ignored the stage would fail one of them. In the shared collection only because the CDK's
/// runtime (one Node process per test process) must not be driven from two threads.</summary>
[Collection(SynthesizedShopCollection.Name)]
public sealed class StageTests
{
    [Theory]
    [InlineData("prod", "Retain", true)]
    [InlineData("dev", "Delete", false)]
    public void Only_prod_keeps_tables_shoppers_images_and_invoices_when_its_stack_is_deleted(string stage, string policy, bool protectedFromDeletion)
    {
        var template = StatefulResourcesOf(stage);

        foreach (var type in new[] { "AWS::DynamoDB::Table", "AWS::Cognito::UserPool", "AWS::S3::Bucket" })
        {
            template.AllResources(type, Match.ObjectLike(new Dictionary<string, object>
            {
                ["DeletionPolicy"] = policy,
                ["UpdateReplacePolicy"] = policy,
            }));
        }
        template.AllResourcesProperties("AWS::DynamoDB::Table", Match.ObjectLike(new Dictionary<string, object>
        {
            ["DeletionProtectionEnabled"] = protectedFromDeletion,
        }));
    }

    /// <summary>Just the constructs that hold data, in a stack of their own: no image asset, quick.</summary>
    private static Template StatefulResourcesOf(string stage)
    {
        var app = new App(new AppProps
        {
            Context = EdgeShieldTests.ProdContext(new() { ["stage"] = stage }),
        });
        var settings = DeploySettings.From(app.Node);
        var stack = new Stack(app, "Data");
        _ = new ShopTables(stack, "Tables", settings);
        _ = new ShopperIdentity(stack, "Identity", settings);
        _ = new ProductImagesBucket(stack, "Images", settings);
        _ = new InvoicesBucket(stack, "Invoices", settings);
        return Template.FromStack(stack);
    }
}
