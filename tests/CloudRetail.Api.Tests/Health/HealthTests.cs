using System.Net;
using CloudRetail.BuildingBlocks.Aws;
using CloudRetail.Api.Tests.Infrastructure;

namespace CloudRetail.Api.Tests.Health;

[Collection(ShopApiCollection.Name)]
public sealed class HealthTests(ShopApi shop)
{
    [Fact]
    public async Task Health_answers_ok_with_its_kept_fields()
    {
        var health = await shop.Client.GetJsonAsync("/api/health");

        Assert.Equal("ok", (string?)health["status"]);
        Assert.Equal("cloudretail-api", (string?)health["service"]);
        Assert.NotNull((string?)health["timestamp"]);
        Assert.False(string.IsNullOrEmpty((string?)health["requestId"]));
    }

    [Fact]
    public async Task Readiness_is_ok_when_every_table_answers()
    {
        var ready = await shop.Client.GetJsonAsync("/api/health/ready");

        Assert.Equal("ready", (string?)ready["status"]);
        Assert.Equal("ok", (string?)ready["checks"]!["dynamodb"]);
    }

    [Fact]
    public async Task Readiness_is_503_when_dynamodb_is_unreachable_while_liveness_stays_ok()
    {
        await using var factory = shop.StartHost((LocalAwsOptions.DynamoDbUrlSetting, FreePorts.NowhereUrl()), (LocalAwsOptions.CreateResourcesSetting, "false"));
        using var client = factory.CreateClient();

        var ready = await client.GetAsync("/api/health/ready");
        var live = await client.GetAsync("/api/health");

        var problem = await ready.ProblemAsync(503, "DynamoDB is unreachable");
        Assert.Equal("unreachable", (string?)problem["checks"]!["dynamodb"]);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    [Fact]
    public async Task Database_round_trip_reads_back_what_it_wrote_without_touching_the_catalog()
    {
        var admin = await shop.AdminClientAsync();
        var response = await admin.PostAsync("/api/health/db-test", content: null);

        var body = await response.JsonAsync();
        Assert.Equal("DynamoDB write + read success", (string?)body["message"]);
        Assert.Equal(body["wrote"]!.ToJsonString(), body["read"]!.ToJsonString());
        await (await shop.Client.GetAsync($"/api/products/{(string?)body["wrote"]!["productId"]}")).ProblemAsync(404);
    }
}
