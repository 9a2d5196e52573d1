using System.Text.Json.Nodes;
using Amazon.CDK.Assertions;
using CloudRetail.Deploy.Tests.Infrastructure;

namespace CloudRetail.Deploy.Tests;

/// <summary>Each rule of StackRules, given a copy of the real template broken in one way, fails.
/// Without these, a rule that can never fail would pass just as quietly.</summary>
[Collection(SynthesizedShopCollection.Name)]
public sealed class RulesCanFailTests(SynthesizedShop shop)
{
    [Fact]
    public void A_table_without_point_in_time_recovery_is_caught() =>
        Broken(json => Table(json, "orders")["PointInTimeRecoverySpecification"]!["PointInTimeRecoveryEnabled"] = false,
            (template, _) => StackRules.EveryTableIsOnDemandWithPointInTimeRecovery(template));

    [Fact]
    public void A_provisioned_table_is_caught() =>
        Broken(json => Table(json, "cart")["BillingMode"] = "PROVISIONED",
            (template, _) => StackRules.EveryTableIsOnDemandWithPointInTimeRecovery(template));

    [Fact]
    public void A_missing_index_is_caught() =>
        Broken(json => Table(json, "orders")["GlobalSecondaryIndexes"]!.AsArray().RemoveAt(1),
            (template, _) => StackRules.HasTable(template, Orders));

    [Fact]
    public void A_missing_time_to_live_is_caught() =>
        Broken(json => Table(json, "idempotency").Remove("TimeToLiveSpecification"),
            (template, _) => StackRules.HasTable(template, new ExpectedTable("cloudretail-dev-idempotency", "idempotencyKey", "expiresAt")));

    [Fact]
    public void A_setting_pointing_at_the_wrong_table_is_caught() =>
        Broken(json =>
        {
            // Same partition key, but the products table has the category index the module needs.
            var environment = json.FunctionEnvironment();
            var products = environment["PRODUCTS_TABLE"]!.DeepClone();
            environment["PRODUCTS_TABLE"] = environment["INVENTORY_TABLE"]!.DeepClone();
            environment["INVENTORY_TABLE"] = products;
        }, (_, json) => AllRegisteredTablesMatch(json));

    [Fact]
    public void A_table_whose_variable_the_function_lacks_is_caught() =>
        Broken(json => json.FunctionEnvironment().Remove("HEALTH_TABLE"), (_, json) => AllRegisteredTablesMatch(json));

    [Fact]
    public void A_variable_the_api_does_not_read_is_caught() =>
        Broken(json => json.FunctionEnvironment()["PRODUCT_TABLE"] = "typo",
            (_, json) => StackRules.EnvironmentNamesAreShopSettings(json, FunctionTests.AllSettings(), FunctionTests.LeftOut));

    [Fact]
    public void A_setting_the_function_lacks_is_caught() =>
        Broken(json => json.FunctionEnvironment().Remove("SES_FROM_EMAIL"),
            (_, json) => StackRules.EnvironmentNamesAreShopSettings(json, FunctionTests.AllSettings(), FunctionTests.LeftOut));

    [Fact]
    public void A_data_action_on_every_resource_is_caught() =>
        Broken(json => Statements(json).Add(Statement("dynamodb:GetItem", JsonValue.Create("*"))),
            (_, json) => StackRules.DataActionsNameOnlyOwnResources(json));

    [Fact]
    public void A_data_action_on_someone_elses_bucket_is_caught() =>
        Broken(json => Statements(json).Add(Statement("s3:GetObject", JsonValue.Create("arn:aws:s3:::someone-elses-bucket/*"))),
            (_, json) => StackRules.DataActionsNameOnlyOwnResources(json));

    [Fact]
    public void A_whole_service_grant_is_caught() =>
        Broken(json => Statements(json)[0]!["Action"] = "dynamodb:*",
            (_, json) => StackRules.DataActionsNameOnlyOwnResources(json));

    [Fact]
    public void A_grant_to_change_audit_entries_is_caught() =>
        Broken(json =>
        {
            var audit = json.Resources("AWS::DynamoDB::Table").Single(t => t.Resource.Properties()["TableName"]!.ToString() == "cloudretail-dev-audit").Id;
            Statements(json).Add(Statement("dynamodb:UpdateItem", new JsonObject { ["Fn::GetAtt"] = new JsonArray(audit, "Arn") }));
        }, (_, json) => StackRules.AuditTrailIsAppendOnly(json));

    [Fact]
    public void A_weaker_password_policy_is_caught() =>
        Broken(json => Only(json, "AWS::Cognito::UserPool")["Policies"]!["PasswordPolicy"]!["MinimumLength"] = 6,
            (template, _) => StackRules.PasswordPolicyIsTheShops(template));

    [Fact]
    public void A_catch_all_route_is_caught() =>
        Broken(json => json.Resources("AWS::ApiGatewayV2::Route").First().Resource.Properties()["RouteKey"] = "ANY /{proxy+}",
            (template, json) => StackRules.OnlyTheApiRouteReachesTheFunction(template, json));

    [Fact]
    public void An_unthrottled_stage_is_caught() =>
        Broken(json => Only(json, "AWS::ApiGatewayV2::Stage").Remove("DefaultRouteSettings"),
            (template, _) => StackRules.DefaultStageIsThrottled(template, 50, 100));

    [Fact]
    public void An_api_origin_without_the_origin_secret_is_caught() =>
        Broken(json => ApiOrigin(json).Remove("OriginCustomHeaders"), (_, json) => StackRules.ApiOriginProvesItCameThroughCloudFront(json));

    [Fact]
    public void A_function_without_the_origin_secret_is_caught() =>
        Broken(json => json.FunctionEnvironment()["SECRET_PARAMETERS"] = "PAGE_CURSOR_SECRET=/aws/reference/secretsmanager/x",
            (_, json) => StackRules.ApiOriginProvesItCameThroughCloudFront(json));

    [Fact]
    public void An_api_behaviour_that_drops_the_viewer_address_is_caught() =>
        Broken(json => ApiBehaviour(json)["OriginRequestPolicyId"] = "216adef6-5c7f-47e4-b989-5492eafa07d3",
            (_, json) => StackRules.ApiOriginProvesItCameThroughCloudFront(json));

    private static JsonNode DistributionConfig(JsonObject json) => Only(json, "AWS::CloudFront::Distribution")["DistributionConfig"]!;

    private static JsonObject ApiBehaviour(JsonObject json) =>
        DistributionConfig(json)["CacheBehaviors"]!.AsArray().Single(b => (string?)b!["PathPattern"] == "/api/*")!.AsObject();

    private static JsonObject ApiOrigin(JsonObject json) =>
        DistributionConfig(json)["Origins"]!.AsArray().Single(o => (string?)o!["Id"] == (string?)ApiBehaviour(json)["TargetOriginId"])!.AsObject();

    private static readonly ExpectedTable Orders = new("cloudretail-dev-orders", "orderId", null,
        new ExpectedIndex("GSI1-userId-createdAt", "userId", "createdAt"),
        new ExpectedIndex("GSI2-statusShard-createdAt", "statusShard", "createdAt"),
        new ExpectedIndex("GSI3-userEmail-createdAt", "userEmail", "createdAt"));

    /// <summary>The rule holds on the real template and fails on the broken copy.</summary>
    private void Broken(Action<JsonObject> breakIt, Action<Template, JsonObject> rule)
    {
        rule(shop.Template, shop.Json);
        var broken = shop.CopyOfJson();
        breakIt(broken);
        Assert.ThrowsAny<Exception>(() => rule(Template.FromString(broken.ToJsonString()), broken));
    }

    [Fact]
    public void A_module_whose_tables_escape_the_check_is_caught()
    {
        // What the check saw when it discovered only AddX(IServiceCollection, IConfiguration) methods
        // and so skipped AddPaymentsModule, which also takes the host environment.
        var withoutPayments = shop.RegisteredTables.Where(t => !t.TableName.Contains("Payments", StringComparison.OrdinalIgnoreCase)).ToList();

        StackRules.StackTablesAreTheRegisteredOnes(shop.Json, shop.RegisteredTables);
        Assert.True(withoutPayments.Count < shop.RegisteredTables.Count, "the payments table is registered under a reference to its resource");
        Assert.ThrowsAny<Exception>(() => StackRules.StackTablesAreTheRegisteredOnes(shop.Json, withoutPayments));
    }

    private static void AllRegisteredTablesMatch(JsonObject json)
    {
        foreach (var definition in DeployedApp.Tables(json))
        {
            StackRules.TableMatchesDefinition(json, definition);
        }
    }

    private static JsonObject Table(JsonObject json, string name) =>
        json.Resources("AWS::DynamoDB::Table").Select(t => t.Resource.Properties())
            .Single(p => p["TableName"]!.ToString() == $"cloudretail-dev-{name}");

    private static JsonObject Only(JsonObject json, string type) => json.Resources(type).Single().Resource.Properties();

    private static JsonArray Statements(JsonObject json) =>
        Only(json, "AWS::IAM::Policy")["PolicyDocument"]!["Statement"]!.AsArray();

    private static JsonObject Statement(string action, JsonNode resource) =>
        new() { ["Effect"] = "Allow", ["Action"] = action, ["Resource"] = resource };
}
