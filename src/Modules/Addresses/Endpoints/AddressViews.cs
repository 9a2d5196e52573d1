using CloudRetail.Addresses.Domain;
using CloudRetail.BuildingBlocks.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Addresses.Endpoints;

internal sealed record AddressView(
    string AddressId, string Name, string Line1, string? Line2, string City, string? Region, string? PostalCode, string Country, string? Phone, bool IsDefault)
{
    public static AddressView From(SavedAddress saved, AddressBook book) => new(
        saved.AddressId, saved.Address.Name, saved.Address.Line1, saved.Address.Line2, saved.Address.City, saved.Address.Region,
        saved.Address.PostalCode, saved.Address.Country, saved.Address.Phone, saved.AddressId == book.DefaultAddressId);
}

internal sealed record AddressBookView(IReadOnlyList<AddressView> Items, string? DefaultAddressId, int Count, int MaxAddresses)
{
    public static AddressBookView From(AddressBook book) =>
        new(book.Addresses.Select(a => AddressView.From(a, book)).ToList(), book.DefaultAddressId, book.Addresses.Count, AddressBook.MaxAddresses);
}

internal static class AddressProblems
{
    public static ProblemHttpResult ToProblem(this AddressRefusal? refusal) => refusal switch
    {
        AddressRefusal.NotFound => ShopProblems.NotFound("Address not found"),
        AddressRefusal.BookFull => ShopProblems.Conflict($"The address book is full: at most {AddressBook.MaxAddresses} addresses; delete one first"),
        _ => ShopProblems.Conflict("The address book changed meanwhile; try again"),
    };
}
