using CloudRetail.Orders.Expiry;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Orders.Endpoints;

internal sealed record SweepResult(string Message, int Cancelled);

internal static class ExpireReservations
{
    public static async Task<Ok<SweepResult>> Handle(ReservationSweep sweep, CancellationToken cancellationToken) =>
        TypedResults.Ok(new SweepResult("Expired reservations released", await sweep.CancelExpiredAsync(cancellationToken)));
}
