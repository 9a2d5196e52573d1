using CloudRetail.BuildingBlocks.Persistence;

namespace CloudRetail.Addresses;

/// <summary>What other modules may ask of a shopper's address book: checkout reads the chosen
/// address in its batch and keeps a copy on the order.</summary>
public interface IAddressBook
{
    /// <summary>Adds the shopper's address book to the caller's batch read; after the read, the
    /// address with this id if it is in the shopper's own book, else null (another shopper's id
    /// is as unknown as a made-up one).</summary>
    BatchedRead<PostalAddress?> FindAddress(ReadBatch batch, string shopperId, string addressId);

    /// <summary>For the back office: every address in the shopper's book, the default first.</summary>
    Task<IReadOnlyList<BookedAddress>> ListAsync(string shopperId, CancellationToken cancellationToken);
}

/// <summary>An address as kept in a shopper's book.</summary>
public sealed record BookedAddress(string AddressId, PostalAddress Address, bool IsDefault);

/// <summary>A postal address. <c>Country</c> is ISO 3166-1 alpha-2 (upper case); <c>Region</c> is
/// the ISO 3166-2 subdivision code without the country (CA, ON, NSW), required where the country's
/// post needs one (<see cref="Countries.RegionRequired"/>); <c>PostalCode</c> is required except in
/// countries without postal codes.</summary>
public sealed record PostalAddress(
    string Name,
    string Line1,
    string City,
    string Country,
    string? Line2 = null,
    string? Region = null,
    string? PostalCode = null,
    string? Phone = null)
{
    /// <summary>The same address with codes in upper case and spaces trimmed, as the shop stores it.</summary>
    public PostalAddress Normalized() => new(
        Name.Trim(), Line1.Trim(), City.Trim(), Country.Trim().ToUpperInvariant(),
        Line2: string.IsNullOrWhiteSpace(Line2) ? null : Line2.Trim(),
        Region: string.IsNullOrWhiteSpace(Region) ? null : Region.Trim().ToUpperInvariant(),
        PostalCode: string.IsNullOrWhiteSpace(PostalCode) ? null : PostalCode.Trim().ToUpperInvariant(),
        Phone: string.IsNullOrWhiteSpace(Phone) ? null : Phone.Trim());

    /// <summary>The address as a label prints it, as the storefront's order page shows it:
    /// name, the street lines, "city, region postal code", country, phone.</summary>
    public IReadOnlyList<string> PrintedLines() =>
        new[] { Name, Line1, Line2, string.Join(' ', new[] { Region is null ? City : $"{City}, {Region}", PostalCode }.Where(part => part is not null)), Country, Phone }
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => line!)
            .ToList();
}
