namespace CloudRetail.Analytics;

/// <summary>Every module's <see cref="IWorkQueue"/>, counted together (in parallel). A class of its own so
/// the dashboard's handler takes one service, not a list the OpenAPI generator would read as a body.</summary>
internal sealed class WorkQueues(IEnumerable<IWorkQueue> queues)
{
    public async Task<IReadOnlyList<WorkCount>> CountAsync(CancellationToken cancellationToken) =>
        await Task.WhenAll(queues.Select(q => q.CountAsync(cancellationToken)));
}
