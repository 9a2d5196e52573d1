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
}
