using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using System.Text.Json.Serialization;
using Amazon.Runtime;

// The same GetItem on the same table as the API's GET /api/products/{id}, and nothing else.
var builder = WebApplication.CreateSlimBuilder(args);
var config = new AmazonDynamoDBConfig
{
    ServiceURL = builder.Configuration["LocalAws:DynamoDbUrl"] ?? "http://127.0.0.1:8000",
    AuthenticationRegion = builder.Configuration["AWS_REGION"] ?? "ap-southeast-1",
};
var dynamoDb = new AmazonDynamoDBClient(new BasicAWSCredentials("S3RVER", "S3RVER"), config);
// Published as Native AOT like the API: the answer's JSON is described at build time.
builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.TypeInfoResolverChain.Insert(0, FloorJson.Default));
var table = builder.Configuration["PRODUCTS_TABLE"] is { Length: > 0 } name ? name : "cloudretail-products";

var app = builder.Build();
app.MapGet("/api/products/{productId}", async (string productId, CancellationToken cancellationToken) =>
{
    var response = await dynamoDb.GetItemAsync(new GetItemRequest
    {
        TableName = table,
        Key = new() { ["productId"] = new AttributeValue { S = productId } },
    }, cancellationToken);
    return response.Item is { Count: > 0 } item
        ? Results.Ok(item.ToDictionary(a => a.Key, a => a.Value.S ?? a.Value.N))
        : Results.NotFound();
});
app.Run();

[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class FloorJson : JsonSerializerContext;
