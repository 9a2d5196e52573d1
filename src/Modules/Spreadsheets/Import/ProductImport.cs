using CloudRetail.Audit;
using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.Catalog;
using CloudRetail.Inventory;

namespace CloudRetail.Spreadsheets.Import;

/// <summary>What an import did, or on a dry run would do: rows created, updated, left as they were
/// (the same details), and stock counts recorded. <paramref name="Problems"/> lists every bad row; when
/// there is one, nothing was (or would be) written.</summary>
internal sealed record ImportReport(bool DryRun, int Rows, int Created, int Updated, int Unchanged, int StockCounted, IReadOnlyList<RowProblem> Problems);

/// <summary>Applies a checked <see cref="ProductFile"/> to the catalog and the stock, row by row, through
/// their contracts. The whole file is checked against the shop as it is before the first write, so a
/// bad row means nothing is written. A row whose details and stock are already what it says is not
/// written again, so importing the same file twice changes nothing the second time; a run stopped
/// part-way (a dependency failing) is finished by running the same file again.
/// <para>A real run is one entry of the audit trail (PRODUCTS_IMPORTED, with its counts), not one per row:
/// its rows are written in many transactions, so the entry is written once they are, in a transaction of
/// its own (also when the run stopped part-way, saying where). A dry run changes nothing and records nothing.</para></summary>
internal sealed class ProductImport(ICatalog catalog, IInventory inventory, IAuditTrail audit, Transactions transactions)
{
    public const string StockReason = "CSV import";

    private enum Change { Create, Update, None }

    private sealed record PlannedRow(ProductRow Row, Change Details, bool CountStock);

    /// <summary>The report, or on a real run the problem a write stopped at (the rows before it are imported).</summary>
    /// <param name="importId">The file's own id (a digest of its bytes), so the audit trail finds every run of one file.</param>
    public async Task<(ImportReport Report, RowProblem? StoppedAt)> RunAsync(
        ProductFile file, bool dryRun, AuditAdmin admin, string importId, CancellationToken cancellationToken)
    {
        var (plan, problems) = await PlanAsync(file, cancellationToken);
        if (problems.Count > 0)
        {
            return (new ImportReport(dryRun, file.Rows.Count + problems.Select(p => p.Line).Distinct().Count(), 0, 0, 0, 0, problems), null);
        }
        var report = new ImportReport(dryRun, plan.Count, plan.Count(p => p.Details == Change.Create), plan.Count(p => p.Details == Change.Update),
            plan.Count(p => p.Details == Change.None && !p.CountStock), plan.Count(p => p.CountStock), []);
        if (dryRun)
        {
            return (report, null);
        }
        RowProblem? stoppedAt = null;
        foreach (var planned in plan)
        {
            if (await ApplyAsync(planned, admin.Id, cancellationToken) is { } stopped)
            {
                stoppedAt = stopped;
                break;
            }
        }
        var transaction = transactions.BeginWrite();
        audit.Record(transaction, new AuditEntry(AuditAction.ProductsImported, AuditSubject.Import(importId), admin, null, new Dictionary<string, string>
        {
            ["rows"] = AuditValues.Of(report.Rows),
            ["created"] = AuditValues.Of(report.Created),
            ["updated"] = AuditValues.Of(report.Updated),
            ["unchanged"] = AuditValues.Of(report.Unchanged),
            ["stockCounted"] = AuditValues.Of(report.StockCounted),
        }, stoppedAt is null ? null : $"stopped at line {stoppedAt.Line}: {stoppedAt.Reason}"));
        await transaction.CommitAsync(CancellationToken.None);
        return (report, stoppedAt);
    }

    private async Task<(List<PlannedRow> Plan, List<RowProblem> Problems)> PlanAsync(ProductFile file, CancellationToken cancellationToken)
    {
        var problems = file.Problems.ToList();
        var ids = file.Rows.Select(r => r.Product.ProductId).ToList();
        var current = await catalog.FindProductsAsync(ids, cancellationToken);
        var levels = await inventory.GetStockAsync(ids, cancellationToken);
        var plan = new List<PlannedRow>();
        foreach (var row in file.Rows)
        {
            var level = levels.GetValueOrDefault(row.Product.ProductId) ?? StockLevel.None(row.Product.ProductId);
            if (row.Stock + level.ReservedQty > StockLimits.MaxUnitsOnHand)
            {
                problems.Add(new RowProblem(row.Line, ProductFile.Stock,
                    $"with {level.ReservedQty} units reserved for orders, stock can be at most {StockLimits.MaxUnitsOnHand - level.ReservedQty}"));
                continue;
            }
            var details = current.GetValueOrDefault(row.Product.ProductId) is not { } existing ? Change.Create
                : existing == row.Product with { Description = row.Product.Description ?? existing.Description } ? Change.None
                : Change.Update;
            plan.Add(new PlannedRow(row, details, row.Stock is { } units && units != level.AvailableQty));
        }
        return (plan, problems.OrderBy(p => p.Line).ToList());
    }

    /// <summary>Writes one row; the problem that stopped it, or null. A product created or deleted by
    /// someone else since the plan is written the other way.</summary>
    private async Task<RowProblem?> ApplyAsync(PlannedRow planned, string adminId, CancellationToken cancellationToken)
    {
        var product = planned.Row.Product;
        switch (planned.Details)
        {
            case Change.Create when !await catalog.AddProductAsync(product, null, cancellationToken):
                await catalog.UpdateProductAsync(product, cancellationToken);
                break;
            case Change.Update when !await catalog.UpdateProductAsync(product, cancellationToken):
                await catalog.AddProductAsync(product, null, cancellationToken);
                break;
        }
        if (!planned.CountStock)
        {
            return null;
        }
        var count = await inventory.CountStockAsync(product.ProductId, planned.Row.Stock!.Value, new StockActor(adminId, StockReason), cancellationToken);
        return count.Outcome switch
        {
            StockCountOutcome.Counted => null,
            StockCountOutcome.PastCeiling => new RowProblem(planned.Row.Line, ProductFile.Stock, "more units were reserved meanwhile: the count would pass the ceiling on units on hand"),
            _ => new RowProblem(planned.Row.Line, ProductFile.Stock, "the product's stock kept moving while it was counted"),
        };
    }
}
