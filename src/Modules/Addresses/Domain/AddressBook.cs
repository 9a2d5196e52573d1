using CloudRetail.BuildingBlocks.Http;

namespace CloudRetail.Addresses.Domain;

internal sealed record SavedAddress(string AddressId, PostalAddress Address);

/// <summary>A shopper's addresses, at most <see cref="MaxAddresses"/>, one of them the default.
/// Saved as one versioned item: every change is made on the version read, so two changes at once
/// cannot lose one another or pass the limit.</summary>
internal sealed record AddressBook(string ShopperId, IReadOnlyList<SavedAddress> Addresses, string? DefaultAddressId, long Version)
{
    public const int MaxAddresses = 20;

    public static readonly PrefixedId Ids = new("addressId", "A-");

    public static AddressBook Empty(string shopperId) => new(shopperId, [], null, 0);

    public SavedAddress? Find(string addressId) => Addresses.FirstOrDefault(a => a.AddressId == addressId);

    public bool IsFull => Addresses.Count >= MaxAddresses;

    /// <summary>The first address becomes the default.</summary>
    public AddressBook With(SavedAddress added) =>
        this with { Addresses = [.. Addresses, added], DefaultAddressId = DefaultAddressId ?? added.AddressId };

    public AddressBook Changed(SavedAddress changed) =>
        this with { Addresses = Addresses.Select(a => a.AddressId == changed.AddressId ? changed : a).ToList() };

    /// <summary>Removing the default makes the first remaining address the default.</summary>
    public AddressBook Without(string addressId)
    {
        var left = Addresses.Where(a => a.AddressId != addressId).ToList();
        return this with { Addresses = left, DefaultAddressId = DefaultAddressId == addressId ? left.FirstOrDefault()?.AddressId : DefaultAddressId };
    }

    public AddressBook WithDefault(string addressId) => this with { DefaultAddressId = addressId };
}
