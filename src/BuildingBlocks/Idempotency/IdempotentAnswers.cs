using CloudRetail.BuildingBlocks.Persistence;
using Microsoft.AspNetCore.Http;

namespace CloudRetail.BuildingBlocks.Idempotency;

/// <summary>For a handler whose work is one transaction: its answer, written in that transaction, is
/// what a retry with the same Idempotency-Key replays. When DynamoDB commits and the answer is lost on
/// the way back, the client's retry learns what happened (its order) instead of running again against
/// state the first run already changed (an emptied cart).</summary>
public static class IdempotentAnswers
{
    /// <summary>Adds <paramref name="answer"/>, as the client would get it, to <paramref name="transaction"/>
    /// when the request carries an Idempotency-Key; nothing otherwise. Call it with the answer given when
    /// the transaction commits.</summary>
    public static async Task RememberAnswerAsync(this WriteTransaction transaction, HttpContext http, IResult answer)
    {
        if (http.Features.Get<ClaimedKey>() is { } claimed)
        {
            claimed.Table.Complete(transaction, claimed.Key, claimed.Fingerprint, await IdempotencyFilter.AnswerAsync(answer, http));
        }
    }
}
