using System.Security.Claims;
using CloudRetail.BuildingBlocks.Http;
using CloudRetail.BuildingBlocks.Security;
using CloudRetail.Invoices.Domain;
using CloudRetail.Invoices.Issuing;
using CloudRetail.Invoices.Persistence;
using CloudRetail.Orders;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Invoices.Endpoints;

/// <summary>One refund's credit note: once <paramref name="Status"/> is ISSUED, <paramref name="Url"/> downloads
/// the PDF until <paramref name="ExpiresAt"/>; before that both are null (the sweep is still issuing it).</summary>
/// <param name="InvoiceNumber">The invoice the note corrects, when the order had a numbered one.</param>
internal sealed record CreditNoteLink(
    string RefundId, InvoiceStatus Status, string? CreditNoteNumber, string? InvoiceNumber, decimal Total, string Currency, string Reason,
    DateTimeOffset CreatedAt, DateTimeOffset? IssuedAt, string? Url, DateTimeOffset? ExpiresAt);

/// <summary>An order's credit notes, oldest first.</summary>
internal sealed record OrderCreditNotes(string OrderId, IReadOnlyList<CreditNoteLink> CreditNotes);

internal static class ListCreditNotes
{
    /// <summary>The order's owner or staff get its credit notes with short-lived links; for anyone else the order does not exist.</summary>
    public static async Task<Results<Ok<OrderCreditNotes>, ProblemHttpResult>> Handle(
        string orderId, ClaimsPrincipal user, IOrders orders, InvoicesTable invoices, InvoiceFiles files, CancellationToken cancellationToken)
    {
        if (await orders.FindOrderAsync(orderId, cancellationToken) is not { } order || (order.UserId != user.ShopperId() && !user.IsAdmin()))
        {
            return ShopProblems.NotFound("Order not found");
        }
        var notes = await invoices.CreditNotesOfOrderAsync(order.OrderId, cancellationToken);
        return TypedResults.Ok(new OrderCreditNotes(order.OrderId, notes.Select(note =>
        {
            (string Url, DateTimeOffset ExpiresAt)? link = note.Status == InvoiceStatus.Issued ? files.DownloadUrl(note.ObjectKey!) : null;
            return new CreditNoteLink(note.RefundId, note.Status, note.Number, note.InvoiceNumber, note.Draft.Total, note.Draft.Currency, note.Draft.Reason,
                note.CreatedAt, note.IssuedAt, link?.Url, link?.ExpiresAt);
        }).ToList()));
    }
}
