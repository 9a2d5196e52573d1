using System.Security.Claims;
using CloudRetail.BuildingBlocks.Http;
using CloudRetail.BuildingBlocks.Security;
using CloudRetail.Invoices.Domain;
using CloudRetail.Invoices.Issuing;
using CloudRetail.Invoices.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Invoices.Endpoints;

/// <summary>Where to download an order's invoice: <paramref name="Url"/> is pre-signed and works until <paramref name="ExpiresAt"/>.</summary>
internal sealed record InvoiceLink(string InvoiceNumber, string OrderId, string Url, DateTimeOffset ExpiresAt);

internal static class GetInvoice
{
    public const string NotFound = "Invoice not found";
    public const string NotIssuedYet = "The invoice is not issued yet";

    /// <summary>The order's owner or staff get a short-lived link to the PDF; for anyone else the
    /// invoice does not exist, and before it is stored there is none to give.</summary>
    public static async Task<Results<Ok<InvoiceLink>, ProblemHttpResult>> Handle(
        string orderId, ClaimsPrincipal user, InvoicesTable invoices, InvoiceFiles files, CancellationToken cancellationToken)
    {
        if (await invoices.FindAsync(orderId, cancellationToken) is not { } invoice || (invoice.Draft.UserId != user.ShopperId() && !user.IsAdmin()))
        {
            return ShopProblems.NotFound(NotFound);
        }
        if (invoice.Status != InvoiceStatus.Issued)
        {
            return ShopProblems.NotFound(NotIssuedYet, new Dictionary<string, object?> { ["orderId"] = orderId });
        }
        var (url, expiresAt) = files.DownloadUrl(invoice.ObjectKey!);
        return TypedResults.Ok(new InvoiceLink(invoice.Number!, orderId, url, expiresAt));
    }
}
