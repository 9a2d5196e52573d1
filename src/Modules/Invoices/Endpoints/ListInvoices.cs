using CloudRetail.BuildingBlocks.Http;
using CloudRetail.BuildingBlocks.Naming;
using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.Invoices.Domain;
using CloudRetail.Invoices.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Invoices.Endpoints;

/// <summary>An invoice as staff see it: how issuing went, and why not when it failed.</summary>
internal sealed record InvoiceView(
    string OrderId, string UserId, string Status, string? InvoiceNumber, decimal Total, string Currency,
    int Attempts, string? Error, DateTimeOffset CreatedAt, DateTimeOffset? IssuedAt, DateTimeOffset? UpdatedAt)
{
    public static InvoiceView From(Invoice i) => new(
        i.OrderId, i.Draft.UserId, i.Status.Name(), i.Number, i.Draft.Total, i.Draft.Currency, i.Attempts, i.Error, i.CreatedAt, i.IssuedAt, i.UpdatedAt);
}

internal sealed record InvoicePage(IReadOnlyList<InvoiceView> Items, int Count, string? NextToken);

internal static class ListInvoices
{
    /// <summary>One status's invoices, newest first, through the status index: FAILED by default, the
    /// ones the sweep is still retrying.</summary>
    public static async Task<Results<Ok<InvoicePage>, ValidationProblem>> Handle(
        string? status, int? limit, string? nextToken, InvoicesTable invoices, Paging paging, CancellationToken cancellationToken)
    {
        if (!UpperCaseNames.TryParse<InvoiceStatus>((status ?? "FAILED").ToUpperInvariant(), out var wanted))
        {
            return ShopProblems.Invalid("status", $"status must be {UpperCaseNames.Choices<InvoiceStatus>()}");
        }
        if (paging.Read(limit, nextToken, $"invoices/status/{wanted.Name()}", out var page) is { } invalid)
        {
            return invalid;
        }
        var found = await invoices.PageAsync(wanted, page, cancellationToken);
        var items = found.Items.Select(InvoiceView.From).ToList();
        return TypedResults.Ok(new InvoicePage(items, items.Count, paging.Next(page, found)));
    }
}
