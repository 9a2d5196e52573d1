namespace CloudRetail;

/// <summary>Paths the Lambda Web Adapter calls on the app, which the stack configures it with.</summary>
public static class ShopPaths
{
    /// <summary>Liveness: answers without touching DynamoDB, so the adapter knows the app is up.</summary>
    public const string Liveness = "/api/health";

    /// <summary>Where the adapter POSTs non-HTTP events (the scheduled reservation sweep). Outside /api,
    /// so API Gateway never routes a request there; it runs only for the scheduler besides.</summary>
    public const string ScheduledSweep = "/internal/scheduled/expire-reservations";
}
