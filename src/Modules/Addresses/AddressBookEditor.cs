using CloudRetail.Addresses.Domain;
using CloudRetail.Addresses.Persistence;

namespace CloudRetail.Addresses;

internal enum AddressRefusal
{
    NotFound,
    BookFull,
    /// <summary>Saved by another request through every attempt.</summary>
    Busy,
}

/// <summary>Changes a shopper's book on the version read; when another change got in first, reads
/// again and applies the change to what is there now.</summary>
internal sealed class AddressBookEditor(AddressesTable table)
{
    private const int Attempts = 5;

    /// <summary><paramref name="change"/> answers the new book, or why it refuses.</summary>
    public async Task<(AddressBook? Saved, AddressRefusal? Refusal)> ChangeAsync(
        string shopperId, Func<AddressBook, (AddressBook? Changed, AddressRefusal? Refusal)> change, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var book = await table.FindAsync(shopperId, cancellationToken);
            var (changed, refusal) = change(book);
            if (changed is null)
            {
                return (null, refusal);
            }
            if (await table.SaveAsync(changed, cancellationToken))
            {
                return (changed with { Version = changed.Version + 1 }, null);
            }
        }
        return (null, AddressRefusal.Busy);
    }
}
