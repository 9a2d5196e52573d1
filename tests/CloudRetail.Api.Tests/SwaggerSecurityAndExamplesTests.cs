using System.Text.Json;
using CloudRetail.Api.Tests.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CloudRetail.Api.Tests;

/// <summary>What a developer sees in Swagger UI: a lock only where a token is needed, and a body
/// example that the endpoint accepts as it is.</summary>
[Collection(ShopApiCollection.Name)]
public sealed class SwaggerSecurityAndExamplesTests(ShopApi shop)
{
    [Fact]
    public async Task Only_operations_that_need_a_token_ask_for_one()
    {
        var operations = await OperationsAsync();

        Assert.Null((await shop.Client.GetJsonAsync("/openapi/v1.json"))["security"]);
        foreach (var name in new[] { "GetHealth", "ListProducts", "GetProduct", "Register", "Login" })
        {
            Assert.Null(operations[name]["security"]);
        }
        foreach (var (name, operation) in operations)
        {
            var metadata = Endpoint(name).Metadata;
            var needsToken = metadata.GetOrderedMetadata<IAuthorizeData>().Any() && metadata.GetMetadata<IAllowAnonymous>() is null;
            var asks = operation["security"]?.AsArray().Any(requirement => requirement!["Bearer"] is not null) ?? false;
            Assert.True(needsToken == asks, $"{name}: needs a token {needsToken}, Swagger asks for one {asks}");
        }
        Assert.NotNull(operations["CreateProduct"]["security"]);
        Assert.NotNull(operations["SearchOrders"]["security"]);
    }

    [Fact]
    public async Task Every_request_body_has_an_example_its_endpoint_accepts()
    {
        var json = shop.Services.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        var checkedBodies = 0;
        foreach (var (name, operation) in await OperationsAsync())
        {
            if (operation["requestBody"]?["content"]?["application/json"] is not { } content)
            {
                continue;
            }
            var example = content["example"];
            Assert.True(example is not null, $"{name} has a request body without an example");
            var requestType = Endpoint(name).Metadata.GetMetadata<IAcceptsMetadata>()!.RequestType!;
            var request = JsonSerializer.Deserialize(example.ToJsonString(), requestType, json)!;
            var validator = (IValidator?)shop.Services.GetService(typeof(IValidator<>).MakeGenericType(requestType));
            if (validator is not null)
            {
                var result = await validator.ValidateAsync(new ValidationContext<object>(request));
                Assert.True(result.IsValid, $"{name}'s example fails validation: {result}");
            }
            checkedBodies++;
        }
        Assert.True(checkedBodies >= 15, $"only {checkedBodies} request bodies found");
    }

    private async Task<Dictionary<string, System.Text.Json.Nodes.JsonNode>> OperationsAsync()
    {
        var document = await shop.Client.GetJsonAsync("/openapi/v1.json");
        return document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Where(op => op.Value?["operationId"] is not null))
            .ToDictionary(op => (string)op.Value!["operationId"]!, op => op.Value!);
    }

    private Microsoft.AspNetCore.Http.Endpoint Endpoint(string name) =>
        shop.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Single(e => e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName == name);
}
