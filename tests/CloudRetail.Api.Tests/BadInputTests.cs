using CloudRetail.Api.Tests.Infrastructure;

namespace CloudRetail.Api.Tests;

/// <summary>Every malformed request is a 4xx application/problem+json that names what is wrong,
/// never a 500, and leaves the data as it was. Sent as the admin, so authorization lets each through
/// to the part that must refuse it.</summary>
[Collection(ShopApiCollection.Name)]
[Trait(ShippedBinary.Category, ShippedBinary.Runs)]
public sealed class BadInputTests(ShopApi shop)
{
    private const string Existing = "{existing}";
    private const string Fresh = "{fresh}";

    public static TheoryData<string, string, string?, int, string?> Cases => new()
    {
        // method, path, body, status, field named in errors
        { "POST", "/api/products", "{\"productId\": \"{fresh}\", \"name\": ", 400, "name" },
        { "POST", "/api/products", "not json at all", 400, "body" },
        { "POST", "/api/products", "[1, 2, 3]", 400, "body" },
        { "POST", "/api/products", "{\"productId\": \"{fresh}\", \"name\": \"X\", \"category\": \"C\", \"price\": \"cheap\", \"currency\": \"USD\"}", 400, "price" },
        { "POST", "/api/products", "{\"productId\": \"{fresh}\", \"category\": \"C\", \"price\": 1, \"currency\": \"USD\"}", 400, "name" },
        { "POST", "/api/products", "{\"productId\": \"{fresh}\", \"name\": \"X\", \"category\": \"C\", \"price\": -5, \"currency\": \"USD\"}", 400, "price" },
        { "POST", "/api/products", "{\"productId\": \"{fresh}\", \"name\": \"X\", \"category\": \"C\", \"price\": 0, \"currency\": \"USD\"}", 400, "price" },
        { "POST", "/api/products", "{\"productId\": \"{fresh}\", \"name\": \"X\", \"category\": \"C\", \"price\": 1.234, \"currency\": \"USD\"}", 400, "price" },
        { "POST", "/api/products", "{\"productId\": \"{fresh}\", \"name\": \"X\", \"category\": \"C\", \"price\": 99999999, \"currency\": \"USD\"}", 400, "price" },
        { "POST", "/api/products", "{\"productId\": \"{fresh}\", \"name\": \"X\", \"category\": \"C\", \"price\": 1, \"currency\": \"dollars\"}", 400, "currency" },
        { "POST", "/api/products", "{\"productId\": \"" + new string('P', 65) + "\", \"name\": \"X\", \"category\": \"C\", \"price\": 1, \"currency\": \"USD\"}", 400, "productId" },
        { "POST", "/api/products", "{\"productId\": \"../etc\", \"name\": \"X\", \"category\": \"C\", \"price\": 1, \"currency\": \"USD\"}", 400, "productId" },
        { "POST", "/api/products", "{\"productId\": \"{fresh}\", \"name\": \"" + new string('n', 201) + "\", \"category\": \"C\", \"price\": 1, \"currency\": \"USD\"}", 400, "name" },
        { "POST", "/api/products", "{\"productId\": \"{fresh}\", \"name\": \"X\", \"category\": \"C\", \"price\": 1, \"currency\": \"USD\", \"imageKey\": \"../../secret\"}", 400, "imageKey" },
        { "POST", "/api/products", "{\"productId\": 42, \"name\": \"X\", \"category\": \"C\", \"price\": 1, \"currency\": \"USD\"}", 400, "productId" },
        { "POST", "/api/products", null, 400, null },
        { "PUT", "/api/products/{existing}", "{\"name\": \"\", \"category\": \"C\", \"price\": 1, \"currency\": \"USD\"}", 400, "name" },
        { "POST", "/api/products/{existing}/image-upload", "{\"contentType\": \"text/html\"}", 400, "contentType" },
        { "POST", "/api/inventory/{existing}/adjustments", "{\"qty\": 0, \"reason\": \"r\"}", 400, "qty" },
        { "POST", "/api/inventory/{existing}/adjustments", "{\"qty\": -10001, \"reason\": \"r\"}", 400, "qty" },
        { "POST", "/api/inventory/{existing}/adjustments", "{\"qty\": 1000000, \"reason\": \"r\"}", 400, "qty" },
        { "POST", "/api/inventory/{existing}/adjustments", "{\"qty\": \"two\", \"reason\": \"r\"}", 400, "qty" },
        { "POST", "/api/inventory/{existing}/adjustments", "{\"qty\": 1.5, \"reason\": \"r\"}", 400, "qty" },
        { "POST", "/api/inventory/{existing}/adjustments", "{\"qty\": 99999999999999999999, \"reason\": \"r\"}", 400, "qty" },
        { "POST", "/api/inventory/{existing}/adjustments", "{\"qty\": 3}", 400, "reason" },
        { "POST", "/api/inventory/{existing}/adjustments", "{\"qty\": -6, \"reason\": \"lost\"}", 409, null },
        { "PUT", "/api/inventory/{existing}", "{\"reservedQty\": 1, \"reason\": \"r\"}", 400, "availableQty" },
        { "PUT", "/api/inventory/{existing}", "{\"availableQty\": 5, \"reservedQty\": 0, \"reason\": \"r\"}", 400, "reservedQty" },
        { "PUT", "/api/inventory/{existing}", "{\"availableQty\": 5}", 400, "reason" },
        { "PUT", "/api/inventory/{existing}", "{\"availableQty\": -1, \"reason\": \"r\"}", 400, "availableQty" },
        { "PUT", "/api/inventory/{existing}", "{\"availableQty\": 5000000, \"reason\": \"r\"}", 400, "availableQty" },
        { "GET", "/api/inventory/{existing}/movements?limit=0", null, 400, "limit" },
        { "GET", "/api/inventory/{existing}/movements?nextToken=eyJwcm9kdWN0SWQiOiJQMDEwIn0", null, 400, "nextToken" },
        { "GET", "/api/inventory/" + new string('x', 65), null, 400, "productId" },
        { "GET", "/api/products/bad%20id", null, 400, "productId" },
        { "GET", "/api/products?limit=0", null, 400, "limit" },
        { "GET", "/api/products?nextToken=not-a-token", null, 400, "nextToken" },
        { "GET", "/api/products?category=Books&nextToken=eyJwcm9kdWN0SWQiOiJQMDEwIn0", null, 400, "nextToken" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Malformed_request_is_a_4xx_problem_naming_the_field_and_writes_nothing(string method, string path, string? body, int status, string? field)
    {
        var admin = await shop.AdminClientAsync();
        var existing = await admin.CreateProductAsync(price: 7m, stock: 5);
        var fresh = TestCatalog.NewProductId();

        var response = await admin.SendRawAsync(new HttpMethod(method), path.Replace(Existing, existing), body?.Replace(Fresh, fresh));

        var problem = await response.ProblemAsync(status);
        Assert.False(string.IsNullOrWhiteSpace((string?)problem["message"]));
        if (field is not null)
        {
            Assert.True(problem["errors"]?[field] is not null, $"errors should name '{field}': {problem.ToJsonString()}");
        }
        await (await shop.Client.GetAsync($"/api/products/{fresh}")).ProblemAsync(404);
        var product = await shop.Client.GetJsonAsync($"/api/products/{existing}");
        Assert.Equal(7m, (decimal)product["price"]!);
        var stock = await shop.Client.GetJsonAsync($"/api/inventory/{existing}");
        Assert.Equal((5, 0), ((int)stock["availableQty"]!, (int)stock["reservedQty"]!));
    }

    [Fact]
    public async Task Oversized_body_is_413_problem()
    {
        var admin = await shop.AdminClientAsync();
        var huge = "{\"name\": \"" + new string('x', 100_000) + "\"}";

        var response = await admin.SendRawAsync(HttpMethod.Post, "/api/products", huge);

        await response.ProblemAsync(413);
    }

    [Fact]
    public async Task Wrong_content_type_is_415_problem()
    {
        var admin = await shop.AdminClientAsync();
        var response = await admin.SendRawAsync(HttpMethod.Post, "/api/products", "productId=P1", "application/x-www-form-urlencoded");

        await response.ProblemAsync(415);
    }
}
