using CloudRetail.Catalog.Domain;
using CloudRetail.Catalog.Persistence;

namespace CloudRetail.Catalog.Tests;

public sealed class SearchIndexItemsTests
{
    /// <summary>A product has up to 48 index items; a description of up to 2,000 characters copied into
    /// each would make a product write cost up to 100 KB more, and a search page read it 20 times.</summary>
    [Fact]
    public void A_products_index_items_carry_it_as_a_listing_shows_it_without_its_description()
    {
        var product = new Product("P1", "Wireless Mouse", "Electronics", 29.99m, "USD", "products/P1.png", DateTimeOffset.UnixEpoch,
            Description: "A quiet mouse.");

        var items = SearchIndexTable.ItemsFor(product).ToList();

        Assert.Equal(SearchTerms.Of(product.Name, product.Category).Count, items.Count);
        Assert.All(items, item =>
        {
            Assert.False(item.ContainsKey(ProductsTable.Description));
            Assert.Equal(product with { Description = null }, ProductsTable.ToProduct(item));
        });
        Assert.Equal(product, ProductsTable.ToProduct(ProductsTable.Item(product)));
    }
}
