using System.Runtime.CompilerServices;
using System.Text.Json;
using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.Catalog.Endpoints;
using CloudRetail.Catalog.Domain;
using CloudRetail.Catalog.Images;
using CloudRetail.Catalog.Persistence;

namespace CloudRetail.Catalog;

/// <summary>The Catalog contract over the module's own table and bucket.</summary>
internal sealed class ProductCatalog(ProductsTable table, ProductImages images, TimeProvider clock) : ICatalog
{
    public async Task<CatalogProduct?> FindProductAsync(string productId, CancellationToken cancellationToken) =>
        (await table.FindAsync(productId, cancellationToken))?.ToContract();

    public BatchedRead<CatalogProduct?> FindProduct(ReadBatch batch, string productId)
    {
        var product = table.Find(batch, productId);
        return new BatchedRead<CatalogProduct?>(() => product.Value?.ToContract());
    }

    public async Task<IReadOnlyDictionary<string, CatalogProduct>> FindProductsAsync(IReadOnlyCollection<string> productIds, CancellationToken cancellationToken) =>
        (await table.FindManyAsync(productIds, cancellationToken)).ToDictionary(p => p.ProductId, p => p.ToContract());

    public async Task<bool> AddProductAsync(CatalogProduct product, ProductPicture? picture, CancellationToken cancellationToken)
    {
        var imageKey = picture is null ? null : ProductImages.KeyFor(product.ProductId, picture.FileExtension);
        if (picture is not null)
        {
            // Picture first: a product is never listed pointing at a picture that is not there.
            await images.StoreAsync(imageKey!, picture, cancellationToken);
        }
        return await table.AddAsync(new Product(product.ProductId, product.Name, product.Category, product.Price,
            product.Currency, imageKey, clock.GetUtcNow(), Description: product.Description), cancellationToken);
    }

    public Task ImportProductsAsync(IReadOnlyCollection<CatalogProduct> products, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return table.ImportAsync(products.Select(p => new Product(p.ProductId, p.Name, p.Category, p.Price, p.Currency, null, now, Description: p.Description)), cancellationToken);
    }

    public async IAsyncEnumerable<CatalogProduct> AllProductsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var products = Tables.ReadAllAsync((startKey, ct) => table.PageAsync(null, new PageRequest(PageRequest.MaxSize, startKey, "all"), ct), cancellationToken);
        await foreach (var product in products)
        {
            yield return product.ToContract();
        }
    }

    public async Task<bool> UpdateProductAsync(CatalogProduct product, CancellationToken cancellationToken) =>
        await table.EditAsync(product.ProductId, current => current with
        {
            Name = product.Name,
            Category = product.Category,
            Price = product.Price,
            Currency = product.Currency,
            Description = product.Description ?? current.Description,
            UpdatedAt = clock.GetUtcNow(),
        }, cancellationToken) is not null;

    public IReadOnlyList<ProductProblem> CheckProduct(CatalogProduct product) =>
        Validator.Validate(new CreateProductRequest(product.ProductId, product.Name, product.Category, product.Price, product.Currency, Description: product.Description))
            .Errors.Select(e => new ProductProblem(JsonNamingPolicy.CamelCase.ConvertName(e.PropertyName), e.ErrorMessage)).ToList();

    private static readonly CreateProductValidator Validator = new();
}
