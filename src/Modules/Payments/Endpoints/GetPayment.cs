using System.Security.Claims;
using CloudRetail.BuildingBlocks.Http;
using CloudRetail.BuildingBlocks.Security;
using CloudRetail.Payments.Domain;
using CloudRetail.Payments.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Payments.Endpoints;

internal static class GetPayment
{
    /// <summary>The payer or staff see a payment; for anyone else it does not exist.</summary>
    public static async Task<Results<Ok<Payment>, ProblemHttpResult>> Handle(
        string paymentId, ClaimsPrincipal user, PaymentsTable payments, CancellationToken cancellationToken) =>
        await payments.FindAsync(paymentId, cancellationToken) is { } payment && (payment.UserId == user.ShopperId() || user.IsAdmin())
            ? TypedResults.Ok(payment)
            : ShopProblems.NotFound("Payment not found");
}
