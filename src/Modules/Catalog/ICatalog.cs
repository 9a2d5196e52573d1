using System.Text.RegularExpressions;
using CloudRetail.BuildingBlocks.Persistence;

namespace CloudRetail.Catalog;

/// <summary>What other modules may ask of the catalog: what a product is and what it costs now.</summary>
public interface ICatalog
{
    Task<CatalogProduct?> FindProductAsync(string productId, CancellationToken cancellationToken);

    /// <summary>Adds the product to the caller's batch read; null after the read when it is unknown.</summary>
    BatchedRead<CatalogProduct?> FindProduct(ReadBatch batch, string productId);

    /// <summary>Many products in one read; unknown ids are absent from the answer.</summary>
    Task<IReadOnlyDictionary<string, CatalogProduct>> FindProductsAsync(IReadOnlyCollection<string> productIds, CancellationToken cancellationToken);

    /// <summary>Adds a product with its picture unless one with that id exists (demo data, imports).
    /// Returns false when the product was already there.</summary>
    Task<bool> AddProductAsync(CatalogProduct product, ProductPicture? picture, CancellationToken cancellationToken);

    /// <summary>Writes many products at once, each with its search index items, in batches and without
    /// conditions: for filling an empty catalog quickly (a bench fixture, a first import). A product
    /// already there is overwritten; use <see cref="AddProductAsync"/> on a catalog in use.</summary>
    Task ImportProductsAsync(IReadOnlyCollection<CatalogProduct> products, CancellationToken cancellationToken);

    /// <summary>Every product, a page of 100 at a time, in no particular order (a back-office export).</summary>
    IAsyncEnumerable<CatalogProduct> AllProductsAsync(CancellationToken cancellationToken);

    /// <summary>Sets an existing product's name, category, price and currency, and its description unless
    /// <paramref name="product"/>'s is null, keeping its picture; false when there is no such product.</summary>
    Task<bool> UpdateProductAsync(CatalogProduct product, CancellationToken cancellationToken);

    /// <summary>What is wrong with the product's details, by the rules that create and update apply
    /// (field names as in the product's JSON); empty when nothing is.</summary>
    IReadOnlyList<ProductProblem> CheckProduct(CatalogProduct product);
}

public sealed record ProductProblem(string Field, string Reason);

/// <summary>A product as other modules see it; <see cref="Description"/> is the shopper's text about it (null: none).</summary>
public sealed record CatalogProduct(string ProductId, string Name, string Category, decimal Price, string Currency, string? Description = null);

public sealed record ProductPicture(string FileExtension, string ContentType, ReadOnlyMemory<byte> Content);

public static partial class ProductIds
{
    public const int MaxLength = 64;
    public const string Rule = "productId must be 1 to 64 characters: letters, digits, '-' or '_'";

    public static bool IsWellFormed(string? productId) => productId is not null && Pattern().IsMatch(productId);

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex Pattern();
}
