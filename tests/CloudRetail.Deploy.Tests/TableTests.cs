using Amazon.CDK.Assertions;
using CloudRetail.Deploy.Tests.Infrastructure;

namespace CloudRetail.Deploy.Tests;

[Collection(SynthesizedShopCollection.Name)]
public sealed class TableTests(SynthesizedShop shop)
{
    public static TheoryData<ExpectedTable> ShopTables() =>
    [
        new("cloudretail-dev-products", "productId", null, new ExpectedIndex("GSI1-category-productId", "category", "productId")),
        new("cloudretail-dev-product-search", "term", null) { SortKey = "productId" },
        new("cloudretail-dev-inventory", "productId", null),
        new("cloudretail-dev-stock-ledger", "productId", null) { SortKey = "movementId" },
        new("cloudretail-dev-health", "checkId", "expiresAt"),
        new("cloudretail-dev-cart", "userId", null),
        new("cloudretail-dev-shoppers", "sub", null),
        new("cloudretail-dev-addresses", "shopperId", null),
        new("cloudretail-dev-pricing", "kind", null) { SortKey = "id" },
        new("cloudretail-dev-orders", "orderId", null,
            new ExpectedIndex("GSI1-userId-createdAt", "userId", "createdAt"),
            new ExpectedIndex("GSI2-statusShard-createdAt", "statusShard", "createdAt"),
            new ExpectedIndex("GSI3-userEmail-createdAt", "userEmail", "createdAt")),
        new("cloudretail-dev-order-history", "orderId", null) { SortKey = "entryKey" },
        new("cloudretail-dev-payments", "paymentId", "expiresAt"),
        new("cloudretail-dev-card-simulator", "entryKey", null, new ExpectedIndex("GSI1-webhookDue-nextDeliveryAt", "webhookDue", "nextDeliveryAt")),
        new("cloudretail-dev-refunds", "orderId", null, new ExpectedIndex("GSI1-status-createdAt", "status", "createdAt")) { SortKey = "refundId" },
        new("cloudretail-dev-returns", "returnId", null,
            new ExpectedIndex("GSI1-status-createdAt", "status", "createdAt"),
            new ExpectedIndex("GSI2-orderId-createdAt", "orderId", "createdAt")),
        new("cloudretail-dev-idempotency", "idempotencyKey", "expiresAt"),
        new("cloudretail-dev-rate-limits", "counterId", "expiresAt"),
        new("cloudretail-dev-notifications", "notificationId", null, new ExpectedIndex("GSI1-status-createdAt", "status", "createdAt")),
        new("cloudretail-dev-invoices", "invoiceKey", null,
            new ExpectedIndex("GSI1-status-createdAt", "status", "createdAt"),
            new ExpectedIndex("GSI2-noteStatus-createdAt", "noteStatus", "createdAt")),
        new("cloudretail-dev-shop-stats", "shard", null) { SortKey = "day" },
        new("cloudretail-dev-audit", "subjectId", null,
            new ExpectedIndex("GSI1-feed-entryKey", "feed", "entryKey"),
            new ExpectedIndex("GSI2-adminId-entryKey", "adminId", "entryKey"),
            new ExpectedIndex("GSI3-action-entryKey", "action", "entryKey")) { SortKey = "entryKey" },
    ];

    [Theory]
    [MemberData(nameof(ShopTables))]
    public void The_stack_has_the_table_with_its_keys_indexes_and_time_to_live(ExpectedTable table) =>
        StackRules.HasTable(shop.Template, table);

    /// <summary>The first of the two deploys that shard an existing stack's status index adds the sharded index and keeps the
    /// old one (CloudFormation changes one index of a table per update); without the setting the old one goes.</summary>
    [Fact]
    public void A_deploy_setting_keeps_the_status_index_from_before_the_shards_beside_the_sharded_one()
    {
        var outdir = Directory.CreateTempSubdirectory("cloudretail-status-index-").FullName;
        try
        {
            var json = SynthesizedShop.Synthesize(DeployContext.FromCdkJson(new Dictionary<string, object>
            {
                ["sesFromEmail"] = SynthesizedShop.SenderEmail,
                ["keepStatusIndexBeforeShards"] = "true",
            }), outdir);

            StackRules.HasTable(Template.FromString(json.ToJsonString()), new("cloudretail-dev-orders", "orderId", null,
                new ExpectedIndex("GSI1-userId-createdAt", "userId", "createdAt"),
                new ExpectedIndex("GSI2-statusShard-createdAt", "statusShard", "createdAt"),
                new ExpectedIndex("GSI3-userEmail-createdAt", "userEmail", "createdAt"),
                new ExpectedIndex(Cdk.ShopTables.StatusIndexBeforeShards, "status", "createdAt")));
            Assert.DoesNotContain(Cdk.ShopTables.StatusIndexBeforeShards, shop.Json.ToJsonString(), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(outdir, recursive: true);
        }
    }

    [Fact]
    public void The_stack_has_no_other_tables() =>
        shop.Template.ResourceCountIs("AWS::DynamoDB::Table", ShopTables().Count);

    [Fact]
    public void Every_table_is_on_demand_with_point_in_time_recovery() =>
        StackRules.EveryTableIsOnDemandWithPointInTimeRecovery(shop.Template);

    [Fact]
    public void Every_table_a_module_registers_is_the_stack_table_its_setting_points_to()
    {
        foreach (var definition in shop.RegisteredTables)
        {
            StackRules.TableMatchesDefinition(shop.Json, definition);
        }
    }

    [Fact]
    public void Every_table_of_the_stack_is_one_a_module_registers() =>
        StackRules.StackTablesAreTheRegisteredOnes(shop.Json, shop.RegisteredTables);

    [Fact]
    public void Every_table_of_the_stack_is_handed_to_the_function()
    {
        var handed = shop.Json.FunctionEnvironment().SelectMany(v => shop.Json.ReferencedIds(v.Value)).ToHashSet();

        Assert.All(shop.Json.Resources("AWS::DynamoDB::Table"), table => Assert.Contains(table.Id, handed));
    }
}
