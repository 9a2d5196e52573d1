namespace CloudRetail.Payments.Providers;

/// <summary>
/// When the card simulator delivers a webhook the shop has not acknowledged (a 2xx or 4xx answer; a
/// 5xx or no answer is a failure): at once, then 1 s and 4 s later from the process that made the
/// charge; then the sweep sends it again 1, 5, 15, 60 and 360 minutes after each failed try (at its
/// next run after that: every 5 minutes in AWS). After <see cref="MaxDeliveries"/> it gives up; it
/// also stops as soon as the payment or refund is settled otherwise (the sweep settles a payment
/// left PAYING, and a refund left PENDING, by asking the simulator's books).
/// </summary>
internal static class WebhookSchedule
{
    private static readonly TimeSpan[] WaitAfterFailure =
    [
        TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(4),
        TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(60), TimeSpan.FromMinutes(360),
    ];

    public static int MaxDeliveries => WaitAfterFailure.Length + 1;

    /// <summary>Deliveries made by the charging process itself, a few seconds apart.</summary>
    public const int InProcess = 3;

    /// <summary>From when the sweep may send an owed webhook that the charging process did not get acknowledged.</summary>
    public static readonly TimeSpan SweepTakesOver = TimeSpan.FromMinutes(1);

    /// <summary>How long to wait after <paramref name="failed"/> failed deliveries; null when it is time to give up.</summary>
    public static TimeSpan? WaitAfter(int failed) => failed >= 1 && failed <= WaitAfterFailure.Length ? WaitAfterFailure[failed - 1] : null;
}
