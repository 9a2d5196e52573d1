using CloudRetail.Addresses.Persistence;
using CloudRetail.BuildingBlocks.Persistence;

namespace CloudRetail.Addresses;

/// <summary>The Addresses contract over the module's own table.</summary>
internal sealed class ShopperAddressBook(AddressesTable table) : IAddressBook
{
    public BatchedRead<PostalAddress?> FindAddress(ReadBatch batch, string shopperId, string addressId)
    {
        var book = table.Find(batch, shopperId);
        return new BatchedRead<PostalAddress?>(() => book.Value.Find(addressId)?.Address);
    }

    public async Task<IReadOnlyList<BookedAddress>> ListAsync(string shopperId, CancellationToken cancellationToken)
    {
        var book = await table.FindAsync(shopperId, cancellationToken);
        return book.Addresses
            .Select(a => new BookedAddress(a.AddressId, a.Address, a.AddressId == book.DefaultAddressId))
            .OrderByDescending(a => a.IsDefault)
            .ToList();
    }
}
