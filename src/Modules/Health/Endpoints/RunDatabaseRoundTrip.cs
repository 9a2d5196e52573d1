using System.Globalization;
using CloudRetail.BuildingBlocks.Http;
using CloudRetail.Health.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Health.Endpoints;

internal sealed record RoundTrip(string Message, DemoRecord Wrote, DemoRecord Read);

internal static class RunDatabaseRoundTrip
{
    private const string CheckId = "db-test";

    /// <summary>The database round trip: write a demo record and read it back, in the health table.</summary>
    public static async Task<Results<Ok<RoundTrip>, ProblemHttpResult>> Handle(HealthTable table, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        // A key of its own, so two round trips at once do not read each other's record (it expires in an hour).
        var checkId = $"{CheckId}-{Guid.NewGuid():N}";
        var wrote = new DemoRecord("P-DEMO-001", "Demo Product", "Demo", 9.99m, "USD", now.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        await table.WriteAsync(checkId, wrote, now.AddHours(1), cancellationToken);
        var read = await table.ReadAsync(checkId, cancellationToken);
        return read == wrote
            ? TypedResults.Ok(new RoundTrip("DynamoDB write + read success", wrote, read))
            : ShopProblems.Problem(503, "DynamoDB read back something other than what was written");
    }
}
