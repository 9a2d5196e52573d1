using Amazon.CDK.Assertions;
using CloudRetail.Deploy.Tests.Infrastructure;

namespace CloudRetail.Deploy.Tests;

[Collection(SynthesizedShopCollection.Name)]
public sealed class HttpApiTests(SynthesizedShop shop)
{
    [Fact]
    public void Only_api_paths_are_routed_to_the_function() =>
        StackRules.OnlyTheApiRouteReachesTheFunction(shop.Template, shop.Json);

    [Fact]
    public void The_default_stage_is_throttled_as_configured() =>
        StackRules.DefaultStageIsThrottled(shop.Template,
            DeployContext.Number(shop.Context, "apiThrottleRate"), DeployContext.Number(shop.Context, "apiThrottleBurst"));

    [Fact]
    public void Browsers_may_call_the_api_from_the_storefront_only() =>
        shop.Template.HasResourceProperties("AWS::ApiGatewayV2::Api", Match.ObjectLike(new Dictionary<string, object>
        {
            ["ProtocolType"] = "HTTP",
            ["CorsConfiguration"] = Match.ObjectLike(new Dictionary<string, object>
            {
                ["AllowOrigins"] = new object[] { shop.Context["storefrontOrigin"] },
                ["AllowHeaders"] = Match.ArrayWith(new object[] { "Authorization", "Idempotency-Key" }),
            }),
        }));

    [Fact]
    public void The_reservation_sweep_runs_every_five_minutes_on_the_function()
    {
        var function = shop.Json.Resources("AWS::Lambda::Function").Single().Id;

        shop.Template.HasResourceProperties("AWS::Events::Rule", Match.ObjectLike(new Dictionary<string, object>
        {
            ["ScheduleExpression"] = "rate(5 minutes)",
            ["State"] = "ENABLED",
            ["Targets"] = new object[]
            {
                Match.ObjectLike(new Dictionary<string, object>
                {
                    ["Arn"] = new Dictionary<string, object> { ["Fn::GetAtt"] = new object[] { function, "Arn" } },
                }),
            },
        }));
    }

    [Theory]
    [InlineData("ApiUrl")]
    [InlineData("UserPoolId")]
    [InlineData("UserPoolClientId")]
    [InlineData("ImagesBucketName")]
    public void The_stack_outputs_what_the_storefront_and_operators_need(string output) =>
        shop.Template.HasOutput(output, Match.AnyValue());
}
