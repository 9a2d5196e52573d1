using System.Globalization;
using CloudRetail.BuildingBlocks.Http;
using CloudRetail.Health.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Health.Endpoints;

internal sealed record RoundTrip(string Message, DemoRecord Wrote, DemoRecord Read);

internal static class RunDatabaseRoundTrip
{
    private const string CheckId = "db-test";

    /// <summary>The seed's DB test: write a demo record and read it back, in the health table.</summary>
    public static async Task<Results<Ok<RoundTrip>, ProblemHttpResult>> Handle(HealthTable table, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var wrote = new DemoRecord("P-DEMO-001", "Demo Product", "Demo", 9.99m, "USD", now.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        await table.WriteAsync(CheckId, wrote, now.AddHours(1), cancellationToken);
        var read = await table.ReadAsync(CheckId, cancellationToken);
        return read == wrote
            ? TypedResults.Ok(new RoundTrip("DynamoDB write + read success", wrote, read))
            : ShopProblems.Problem(503, "DynamoDB read back something other than what was written");
    }
}
