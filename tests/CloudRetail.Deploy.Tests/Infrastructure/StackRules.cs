using System.Text.Json.Nodes;
using Amazon.CDK.Assertions;
using CloudRetail.BuildingBlocks.Persistence;

namespace CloudRetail.Deploy.Tests.Infrastructure;

/// <summary>
/// What the synthesised template must say, each rule a method that throws when it does not hold.
/// The tests apply every rule to the real template, and to a copy broken on purpose
/// (RulesCanFailTests) to prove the rule would notice.
/// </summary>
public static class StackRules
{
    private const string Table = "AWS::DynamoDB::Table";
    private static readonly string[] DataServices = ["dynamodb:", "s3:", "ses:", "cognito-idp:"];

    public static void EveryTableIsOnDemandWithPointInTimeRecovery(Template template)
    {
        Assert.NotEmpty(template.FindResources(Table));
        template.AllResourcesProperties(Table, Match.ObjectLike(new Dictionary<string, object>
        {
            ["BillingMode"] = "PAY_PER_REQUEST",
            ["PointInTimeRecoverySpecification"] = new Dictionary<string, object> { ["PointInTimeRecoveryEnabled"] = true },
        }));
    }

    public static void HasTable(Template template, ExpectedTable expected) =>
        template.HasResourceProperties(Table, Match.ObjectLike(new Dictionary<string, object>
        {
            ["TableName"] = expected.Name,
            ["KeySchema"] = Match.Exact(expected.SortKey is null
                ? new object[] { Key(expected.PartitionKey, "HASH") }
                : new object[] { Key(expected.PartitionKey, "HASH"), Key(expected.SortKey, "RANGE") }),
            ["GlobalSecondaryIndexes"] = expected.Indexes.Length == 0 ? Match.Absent() : Match.Exact(expected.Indexes.Select(index => new Dictionary<string, object>
            {
                ["IndexName"] = index.Name,
                ["KeySchema"] = new object[] { Key(index.PartitionKey, "HASH"), Key(index.SortKey, "RANGE") },
                ["Projection"] = new Dictionary<string, object> { ["ProjectionType"] = "ALL" },
            }).ToArray<object>()),
            ["TimeToLiveSpecification"] = expected.TimeToLive is null ? Match.Absent() : new Dictionary<string, object>
            {
                ["AttributeName"] = expected.TimeToLive,
                ["Enabled"] = true,
            },
        }));

    /// <summary>The table a module registers, configured as deployed, is a table of this stack with
    /// the same keys, indexes and time to live.</summary>
    public static void TableMatchesDefinition(JsonObject template, TableDefinition definition)
    {
        Assert.True(definition.TableName.StartsWith(DeployedApp.RefPrefix, StringComparison.Ordinal),
            $"A module registers table '{definition.TableName}': its name does not come from a variable the function sets");
        var id = definition.TableName[DeployedApp.RefPrefix.Length..];
        var resource = template["Resources"]![id]!.AsObject();
        Assert.Equal(Table, resource["Type"]!.GetValue<string>());
        var table = resource.Properties();
        var request = definition.Request;

        Assert.Equal(request.KeySchema.Select(k => $"{k.AttributeName}:{k.KeyType.Value}"), Keys(table["KeySchema"]));
        Assert.Equal(
            request.AttributeDefinitions.Select(a => $"{a.AttributeName}:{a.AttributeType.Value}").Order(),
            table["AttributeDefinitions"]!.AsArray().Select(a => $"{a!["AttributeName"]}:{a["AttributeType"]}").Order());
        Assert.Equal(
            (request.GlobalSecondaryIndexes ?? []).Select(i => $"{i.IndexName}({string.Join(",", i.KeySchema.Select(k => $"{k.AttributeName}:{k.KeyType.Value}"))})").Order(),
            (table["GlobalSecondaryIndexes"]?.AsArray() ?? []).Select(i => $"{i!["IndexName"]}({string.Join(",", Keys(i["KeySchema"]))})").Order());
        Assert.Equal(definition.TimeToLiveAttribute, table["TimeToLiveSpecification"]?["AttributeName"]?.GetValue<string>());
    }

    /// <summary>No table of the stack is left unchecked or unused: each is one the modules register.</summary>
    public static void StackTablesAreTheRegisteredOnes(JsonObject template, IEnumerable<TableDefinition> registered) =>
        Assert.Equal(
            template.Resources(Table).Select(t => t.Id).Order(),
            registered.Select(d => d.TableName.StartsWith(DeployedApp.RefPrefix, StringComparison.Ordinal) ? d.TableName[DeployedApp.RefPrefix.Length..] : d.TableName).Order());

    /// <summary>The function's variables are the names the API reads, plus the adapter's own;
    /// every setting is set unless it is one the deployment deliberately leaves out.</summary>
    public static void EnvironmentNamesAreShopSettings(JsonObject template, IReadOnlySet<string> settings, IReadOnlySet<string> leftOut)
    {
        var names = template.FunctionEnvironment().Select(v => v.Key).ToHashSet();
        var adapters = names.Where(n => n == "PORT" || n.StartsWith("AWS_LWA_", StringComparison.Ordinal));
        Assert.Empty(names.Except(settings).Except(adapters));
        Assert.Empty(settings.Except(leftOut).Except(names));
    }

    /// <summary>Every allowed data action (DynamoDB, S3, SES, Cognito) names resources of this
    /// template, never "*" and never a whole service.</summary>
    public static void DataActionsNameOnlyOwnResources(JsonObject template)
    {
        var statements = template.Resources("AWS::IAM::Policy").Concat(template.Resources("AWS::IAM::ManagedPolicy"))
            .SelectMany(p => p.Resource.Properties()["PolicyDocument"]!["Statement"]!.AsArray())
            .Concat(template.Resources("AWS::IAM::Role")
                .SelectMany(r => r.Resource.Properties()["Policies"]?.AsArray() ?? [])
                .SelectMany(p => p!["PolicyDocument"]!["Statement"]!.AsArray()))
            .Select(s => s!.AsObject())
            .Where(s => s["Effect"]!.GetValue<string>() == "Allow")
            .Where(s => s["Action"].AsList().Any(a => DataServices.Any(d => a!.GetValue<string>().StartsWith(d, StringComparison.Ordinal))))
            .ToList();
        Assert.NotEmpty(statements);
        foreach (var statement in statements)
        {
            Assert.DoesNotContain(statement["Action"].AsList(), a => a!.GetValue<string>().EndsWith(":*", StringComparison.Ordinal));
            // CDK writes AWS::NoValue for the index ARNs of a table without indexes: no resource at all.
            foreach (var resource in statement["Resource"].AsList().Where(r => r?["Ref"]?.ToString() != "AWS::NoValue"))
            {
                Assert.False(resource is JsonValue value && value.ToString() == "*", $"Statement {statement.ToJsonString()} allows '*'");
                Assert.NotEmpty(template.ReferencedIds(resource));
            }
        }
    }

    /// <summary>The function may read the audit table and add entries to it (PutItem), and may neither
    /// change nor delete one: no statement allowing an action on it names UpdateItem, DeleteItem or
    /// BatchWriteItem (which deletes too), nor a wildcard.</summary>
    public static void AuditTrailIsAppendOnly(JsonObject template)
    {
        var audit = template.Resources("AWS::DynamoDB::Table").Single(t => t.Resource.Properties()["TableName"]!.ToString() == "cloudretail-dev-audit").Id;
        var actions = template.Resources("AWS::IAM::Policy").Concat(template.Resources("AWS::IAM::ManagedPolicy"))
            .SelectMany(p => p.Resource.Properties()["PolicyDocument"]!["Statement"]!.AsArray())
            .Select(s => s!.AsObject())
            .Where(s => s["Effect"]!.GetValue<string>() == "Allow" && template.ReferencedIds(s["Resource"]).Contains(audit))
            .SelectMany(s => s["Action"].AsList().Select(a => a!.GetValue<string>()))
            .ToHashSet();
        Assert.Contains("dynamodb:PutItem", actions);
        Assert.Contains("dynamodb:Query", actions);
        Assert.DoesNotContain(actions, a => a is "dynamodb:UpdateItem" or "dynamodb:DeleteItem" or "dynamodb:BatchWriteItem" || a.EndsWith('*'));
    }

    public static void PasswordPolicyIsTheShops(Template template) =>
        template.HasResourceProperties("AWS::Cognito::UserPool", Match.ObjectLike(new Dictionary<string, object>
        {
            ["Policies"] = new Dictionary<string, object>
            {
                ["PasswordPolicy"] = Match.ObjectLike(new Dictionary<string, object>
                {
                    ["MinimumLength"] = 8,
                    ["RequireUppercase"] = true,
                    ["RequireLowercase"] = true,
                    ["RequireNumbers"] = true,
                }),
            },
            ["UsernameAttributes"] = new object[] { "email" },
            ["AutoVerifiedAttributes"] = new object[] { "email" },
        }));

    /// <summary>Every route is under /api and proxied to the function, /api/{proxy+} among them:
    /// nothing else is reachable.</summary>
    public static void OnlyTheApiRouteReachesTheFunction(Template template, JsonObject json)
    {
        var routes = json.Resources("AWS::ApiGatewayV2::Route").Select(r => r.Resource.Properties()["RouteKey"]!.GetValue<string>()).ToList();
        Assert.Contains("ANY /api/{proxy+}", routes);
        Assert.All(routes, key => Assert.Matches("^[A-Z]+ /api/", key));
        var function = json.Resources("AWS::Lambda::Function").Single().Id;
        template.AllResourcesProperties("AWS::ApiGatewayV2::Integration", Match.ObjectLike(new Dictionary<string, object>
        {
            ["IntegrationType"] = "AWS_PROXY",
            ["PayloadFormatVersion"] = "2.0",
            ["IntegrationUri"] = new Dictionary<string, object> { ["Fn::GetAtt"] = new object[] { function, "Arn" } },
        }));
    }

    public static void DefaultStageIsThrottled(Template template, int rate, int burst) =>
        template.HasResourceProperties("AWS::ApiGatewayV2::Stage", Match.ObjectLike(new Dictionary<string, object>
        {
            ["StageName"] = "$default",
            ["AutoDeploy"] = true,
            ["DefaultRouteSettings"] = Match.ObjectLike(new Dictionary<string, object>
            {
                ["ThrottlingRateLimit"] = rate,
                ["ThrottlingBurstLimit"] = burst,
            }),
        }));

    /// <summary>The /api/* behaviour forwards CloudFront-Viewer-Address (AllViewerExceptHostHeader) to an
    /// origin that carries X-Origin-Verify from a generated secret, resolved at deploy time, and the
    /// function reads that same secret at run time as CLOUDFRONT_ORIGIN_SECRET (SECRET_PARAMETERS).</summary>
    public static void ApiOriginProvesItCameThroughCloudFront(JsonObject json)
    {
        var config = json.Resources("AWS::CloudFront::Distribution").Single().Resource.Properties()["DistributionConfig"]!;
        var api = config["CacheBehaviors"]!.AsArray().Single(b => (string?)b!["PathPattern"] == "/api/*")!;
        var origin = config["Origins"]!.AsArray().Single(o => (string?)o!["Id"] == (string?)api["TargetOriginId"])!;
        if ((string?)api["OriginRequestPolicyId"] != AllViewerExceptHostHeader)
        {
            throw new InvalidOperationException("the /api/* behaviour does not forward CloudFront-Viewer-Address");
        }
        var header = (origin["OriginCustomHeaders"]?.AsArray() ?? [])
            .SingleOrDefault(h => (string?)h!["HeaderName"] == "X-Origin-Verify")
            ?? throw new InvalidOperationException("the API origin does not carry X-Origin-Verify");
        var secretIds = json.ReferencedIds(header["HeaderValue"]);
        if (secretIds.Count != 1 || json["Resources"]![secretIds[0]]!["Type"]!.GetValue<string>() != "AWS::SecretsManager::Secret"
            || json["Resources"]![secretIds[0]]!["Properties"]!["GenerateSecretString"] is null
            || !header["HeaderValue"]!.ToJsonString().Contains("{{resolve:secretsmanager:", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("X-Origin-Verify is not a generated Secrets Manager secret resolved at deploy time");
        }
        if (!RuntimeSecrets(json).TryGetValue("CLOUDFRONT_ORIGIN_SECRET", out var name) || name != SecretName(json, secretIds[0]))
        {
            throw new InvalidOperationException("the function does not read the origin's secret at run time");
        }
    }

    /// <summary>SECRET_PARAMETERS as setting to secret name, with the name's CloudFormation parts
    /// (the stack's id) as they are written in the template.</summary>
    public static IReadOnlyDictionary<string, string> RuntimeSecrets(JsonObject json) =>
        Joined(json.FunctionEnvironment()["SECRET_PARAMETERS"]).Split(',')
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => pair[1].StartsWith(ReferencePrefix, StringComparison.Ordinal)
                ? pair[1][ReferencePrefix.Length..]
                : throw new InvalidOperationException($"{pair[0]} is not read from Secrets Manager through Parameter Store"));

    public static string SecretName(JsonObject json, string secretId) =>
        Joined(json["Resources"]![secretId]!["Properties"]!["Name"]);

    private const string ReferencePrefix = "/aws/reference/secretsmanager/";

    /// <summary>A string, or an Fn::Join of strings and references, each reference written as
    /// <c>{ref}</c> (what it resolves to is CloudFormation's to know).</summary>
    public static string Joined(JsonNode? value) =>
        value switch
        {
            JsonValue literal => literal.GetValue<string>(),
            JsonObject join when join["Fn::Join"] is JsonArray parts =>
                string.Join(parts[0]!.GetValue<string>(), parts[1]!.AsArray().Select(Joined)),
            _ => "{ref}",
        };

    /// <summary>Managed policy: every viewer header but Host, plus the CloudFront headers.</summary>
    public const string AllViewerExceptHostHeader = "b689b0a8-53d0-40ab-baf2-68738e2966ac";

    private static Dictionary<string, object> Key(string name, string type) =>
        new() { ["AttributeName"] = name, ["KeyType"] = type };

    private static IEnumerable<string> Keys(JsonNode? keySchema) =>
        keySchema!.AsArray().Select(k => $"{k!["AttributeName"]}:{k["KeyType"]}");
}

public sealed record ExpectedIndex(string Name, string PartitionKey, string SortKey);

public sealed record ExpectedTable(string Name, string PartitionKey, string? TimeToLive, params ExpectedIndex[] Indexes)
{
    public string? SortKey { get; init; }
}
