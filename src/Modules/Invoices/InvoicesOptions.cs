using CloudRetail.BuildingBlocks;
using CloudRetail.Invoices.Domain;
using Microsoft.Extensions.Configuration;

namespace CloudRetail.Invoices;

internal sealed record InvoicesOptions(string TableName, string BucketName, TimeSpan UrlLifetime, Seller Seller)
{
    /// <summary>Invoices by status, oldest first for the sweep, newest first for staff.</summary>
    public const string StatusIndex = ShopIndexes.InvoicesByStatus;

    /// <summary>Credit notes by status, oldest first, for the sweep.</summary>
    public const string CreditNoteStatusIndex = ShopIndexes.CreditNotesByStatus;

    /// <summary>A DUE invoice younger than this is left to the request that recorded it, which issues it right after its commit.</summary>
    public static readonly TimeSpan DueGrace = TimeSpan.FromMinutes(2);

    public static InvoicesOptions From(IConfiguration configuration)
    {
        var seconds = int.TryParse(configuration[ShopSettings.SignedUrlExpires], out var value) && value > 0 ? value : 300;
        return new(
            configuration.Setting(ShopSettings.InvoicesTable, "cloudretail-invoices"),
            configuration.Setting(ShopSettings.InvoicesBucket, "cloudretail-invoices-bucket"),
            TimeSpan.FromSeconds(seconds),
            new Seller(
                configuration.Setting(ShopSettings.ShopLegalName, "CloudRetail"),
                AddressLines(configuration[ShopSettings.ShopLegalAddress])));
    }

    /// <summary>The address as printed: one line per ';'-separated part.</summary>
    public static IReadOnlyList<string> AddressLines(string? address) =>
        (address ?? "").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
