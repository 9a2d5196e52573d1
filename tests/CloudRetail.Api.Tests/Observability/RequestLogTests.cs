using CloudRetail.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace CloudRetail.Api.Tests.Observability;

/// <summary>A log line can be traced back to the request that wrote it, and the answer names that request.</summary>
[Collection(ShopApiCollection.Name)]
public sealed class RequestLogTests(ShopApi shop)
{
    [Fact]
    public async Task Every_answer_names_its_request_and_a_problem_names_the_same_id()
    {
        var fine = await shop.Client.GetAsync("/api/health");
        var bad = await shop.Client.GetAsync("/api/products?limit=0");

        var fineId = fine.Headers.GetValues("X-Request-Id").Single();
        var badId = bad.Headers.GetValues("X-Request-Id").Single();
        Assert.NotEqual(fineId, badId);
        Assert.Equal(badId, (string?)(await bad.ProblemAsync(400))["requestId"]);
    }

    [Fact]
    public void Outside_development_the_console_writes_one_json_object_a_line_with_its_scopes()
    {
        var console = shop.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue;
        var json = shop.Services.GetRequiredService<IOptionsMonitor<JsonConsoleFormatterOptions>>().CurrentValue;

        Assert.Equal(ConsoleFormatterNames.Json, console.FormatterName);
        Assert.True(json.IncludeScopes);
        Assert.False(json.JsonWriterOptions.Indented);
    }
}
