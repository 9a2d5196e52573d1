using CloudRetail.Analytics.Domain;
using CloudRetail.Analytics.Persistence;
using CloudRetail.Catalog;
using CloudRetail.Inventory;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Analytics.Endpoints;

internal static class GetDashboard
{
    public const int LowStockListed = 50;

    /// <summary>The DynamoDB calls one dashboard makes whatever the number of orders (a period's
    /// figures under 1 MB a shard, a stock table under 1 MB): a Query per shard of the figures, a Scan
    /// of the stock, the work queues' Queries, one BatchGetItem of the products' names.</summary>
    public static int DynamoDbCalls(int queueQueries) => ShopStatsTable.Shards + 1 + queueQueries + 1;

    /// <summary>Reads its own figures and asks Inventory, Catalog and the work queues. The services are
    /// parameters of their own: OpenAPI's description takes those of an [AsParameters] record for a body.</summary>
    public static async Task<Ok<DashboardView>> Handle([AsParameters] DashboardQuery query, ShopStatsTable stats, ShopDays days, AnalyticsOptions options,
        IInventory inventory, ICatalog catalog, WorkQueues workQueues, TimeProvider clock, CancellationToken cancellationToken)
    {
        var today = days.DayOf(clock.GetUtcNow());
        var period = Period.Of(query.Period, today, DashboardQuery.Date(query.From), DashboardQuery.Date(query.To));
        var figuresRead = stats.ReadAsync(period.From, period.To, cancellationToken);
        var lowStockRead = inventory.LowStockAsync(options.LowStockThreshold, cancellationToken);
        var queuesRead = workQueues.CountAsync(cancellationToken);
        var driftRead = query.Drift == true ? inventory.DriftingProductsAsync(cancellationToken) : Task.FromResult(-1);
        await Task.WhenAll(figuresRead, lowStockRead, queuesRead, driftRead);

        var figures = DashboardFigures.From(period, await figuresRead);
        var lowStock = (await lowStockRead).Take(LowStockListed).ToList();
        var names = await catalog.FindProductsAsync(
            [.. figures.TopByUnits.Concat(figures.TopByRevenue).Select(p => p.ProductId).Concat(lowStock.Select(l => l.ProductId)).Distinct(StringComparer.Ordinal)],
            cancellationToken);
        TopProduct Top(ProductFigures p) => new(p.ProductId, names.GetValueOrDefault(p.ProductId)?.Name, p.Currency, p.Units, p.Revenue);
        var queues = await queuesRead;
        var drift = await driftRead;
        return TypedResults.Ok(new DashboardView(
            new DashboardPeriod(query.Period ?? "today", ShopDays.Key(period.From), ShopDays.Key(period.To), options.TimeZone.Id),
            figures.Placed,
            figures.NewCustomers,
            figures.OrdersByStatus,
            figures.Revenue,
            [.. figures.TopByUnits.Select(Top)],
            [.. figures.TopByRevenue.Select(Top)],
            new LowStock(options.LowStockThreshold, (await lowStockRead).Count,
                [.. lowStock.Select(l => new LowStockProduct(l.ProductId, names.GetValueOrDefault(l.ProductId)?.Name, l.AvailableQty, l.ReservedQty))]),
            new NeedsAttention(
                [.. queues.Where(q => q.Kind != WorkQueue.OpenReturns)],
                queues.FirstOrDefault(q => q.Kind == WorkQueue.OpenReturns),
                drift < 0 ? null : drift),
            figures.Days));
    }
}
