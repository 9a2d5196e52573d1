using CloudRetail.Orders.Expiry;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Orders.Endpoints;

internal sealed record SweepResult(string Message, int Cancelled, int PaymentsSettled, int Unsettled);

internal static class ExpireReservations
{
    public static async Task<Ok<SweepResult>> Handle(ReservationSweep sweep, CancellationToken cancellationToken)
    {
        var report = await sweep.RunAsync(cancellationToken);
        return TypedResults.Ok(new SweepResult("Expired reservations released", report.Cancelled, report.Settled, report.Unsettled));
    }
}
