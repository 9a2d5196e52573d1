using CloudRetail.Returns.Persistence;

namespace CloudRetail.Returns;

/// <summary>The Returns contract over the module's own table.</summary>
internal sealed class ReturnBook(ReturnsTable returns) : IReturns
{
    public async Task<IReadOnlyList<ReturnSummary>> ForOrderAsync(string orderId, CancellationToken cancellationToken) =>
        (await returns.ForOrderAsync(orderId, cancellationToken))
            .Select(r => new ReturnSummary(r.ReturnId, r.OrderId, r.Status, r.Lines.Select(l => l.Stock()).ToList(), r.Reason, r.RefundAmount, r.Currency,
                r.CreatedAt, r.UpdatedAt))
            .ToList();
}
