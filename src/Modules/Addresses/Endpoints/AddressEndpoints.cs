using System.Security.Claims;
using CloudRetail.Addresses.Domain;
using CloudRetail.Addresses.Persistence;
using CloudRetail.BuildingBlocks.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Addresses.Endpoints;

internal static class ListAddresses
{
    public static async Task<Ok<AddressBookView>> Handle(ClaimsPrincipal user, AddressesTable table, CancellationToken cancellationToken) =>
        TypedResults.Ok(AddressBookView.From(await table.FindAsync(user.ShopperId(), cancellationToken)));
}

internal static class AddAddress
{
    public static async Task<Results<Created<AddressView>, ProblemHttpResult>> Handle(
        PostalAddress request, ClaimsPrincipal user, AddressBookEditor editor, CancellationToken cancellationToken)
    {
        var added = new SavedAddress(AddressBook.Ids.New(), request.Normalized());
        var (saved, refusal) = await editor.ChangeAsync(user.ShopperId(), book => book.IsFull ? (null, AddressRefusal.BookFull) : (book.With(added), null), cancellationToken);
        return saved is null ? refusal.ToProblem() : TypedResults.Created($"/api/addresses/{added.AddressId}", AddressView.From(added, saved));
    }
}

internal static class ChangeAddress
{
    public static async Task<Results<Ok<AddressView>, ProblemHttpResult>> Handle(
        string addressId, PostalAddress request, ClaimsPrincipal user, AddressBookEditor editor, CancellationToken cancellationToken)
    {
        var changed = new SavedAddress(addressId, request.Normalized());
        var (saved, refusal) = await editor.ChangeAsync(user.ShopperId(),
            book => book.Find(addressId) is null ? (null, AddressRefusal.NotFound) : (book.Changed(changed), null), cancellationToken);
        return saved is null ? refusal.ToProblem() : TypedResults.Ok(AddressView.From(changed, saved));
    }
}

internal static class DeleteAddress
{
    public static async Task<Results<Ok<AddressBookView>, ProblemHttpResult>> Handle(
        string addressId, ClaimsPrincipal user, AddressBookEditor editor, CancellationToken cancellationToken)
    {
        var (saved, refusal) = await editor.ChangeAsync(user.ShopperId(),
            book => book.Find(addressId) is null ? (null, AddressRefusal.NotFound) : (book.Without(addressId), null), cancellationToken);
        return saved is null ? refusal.ToProblem() : TypedResults.Ok(AddressBookView.From(saved));
    }
}

internal static class ChooseDefaultAddress
{
    public static async Task<Results<Ok<AddressBookView>, ProblemHttpResult>> Handle(
        string addressId, ClaimsPrincipal user, AddressBookEditor editor, CancellationToken cancellationToken)
    {
        var (saved, refusal) = await editor.ChangeAsync(user.ShopperId(),
            book => book.Find(addressId) is null ? (null, AddressRefusal.NotFound) : (book.WithDefault(addressId), null), cancellationToken);
        return saved is null ? refusal.ToProblem() : TypedResults.Ok(AddressBookView.From(saved));
    }
}
