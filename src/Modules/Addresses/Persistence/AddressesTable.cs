using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using CloudRetail.Addresses.Domain;
using CloudRetail.BuildingBlocks.Persistence;

namespace CloudRetail.Addresses.Persistence;

/// <summary>The only code that knows the Addresses table: one item per shopper holding the whole
/// book (at most 20 addresses of a few hundred bytes), saved on condition of the version read.</summary>
internal sealed class AddressesTable(IAmazonDynamoDB dynamoDb, AddressesOptions options, TimeProvider clock)
{
    private const string ShopperId = "shopperId", Book = "addresses", DefaultAddressId = "defaultAddressId", Version = "version", UpdatedAt = "updatedAt";
    private const string AddressId = "addressId", Name = "name", Line1 = "line1", Line2 = "line2", City = "city", Region = "region";
    private const string PostalCode = "postalCode", Country = "country", Phone = "phone";

    public static TableDefinition Definition(string tableName) => TableDefinition.Keyed(tableName, ShopperId);

    public async Task<AddressBook> FindAsync(string shopperId, CancellationToken cancellationToken) =>
        ToBook(shopperId, await dynamoDb.FindAsync(options.TableName, Key(shopperId), consistentRead: true, cancellationToken));

    public BatchedRead<AddressBook> Find(ReadBatch batch, string shopperId) =>
        batch.Add(options.TableName, Key(shopperId), consistentRead: true, item => ToBook(shopperId, item));

    /// <summary>Saves the book as the next version; false when someone saved it since it was read.</summary>
    public Task<bool> SaveAsync(AddressBook book, CancellationToken cancellationToken) =>
        Tables.IfConditionHoldsAsync(() => dynamoDb.PutItemAsync(new PutItemRequest
        {
            TableName = options.TableName,
            Item = Attr.Map((ShopperId, Attr.Text(book.ShopperId)), (Book, Attr.List(book.Addresses, Item)),
                (DefaultAddressId, Attr.TextOrNull(book.DefaultAddressId)), (Version, Attr.Number(book.Version + 1)),
                (UpdatedAt, Attr.Timestamp(clock.GetUtcNow()))),
            ConditionExpression = $"attribute_not_exists({ShopperId}) OR {Version} = :read",
            ExpressionAttributeValues = Attr.Map((":read", Attr.Number(book.Version))),
        }, cancellationToken));

    private static Dictionary<string, AttributeValue> Key(string shopperId) => Attr.Map((ShopperId, Attr.Text(shopperId)));

    private static Dictionary<string, AttributeValue> Item(SavedAddress saved) => Attr.Map(
        (AddressId, Attr.Text(saved.AddressId)), (Name, Attr.Text(saved.Address.Name)), (Line1, Attr.Text(saved.Address.Line1)),
        (Line2, Attr.TextOrNull(saved.Address.Line2)), (City, Attr.Text(saved.Address.City)), (Region, Attr.TextOrNull(saved.Address.Region)),
        (PostalCode, Attr.TextOrNull(saved.Address.PostalCode)), (Country, Attr.Text(saved.Address.Country)), (Phone, Attr.TextOrNull(saved.Address.Phone)));

    private static AddressBook ToBook(string shopperId, Dictionary<string, AttributeValue>? item) => item is null
        ? AddressBook.Empty(shopperId)
        : new AddressBook(shopperId,
            item.List(Book, a => new SavedAddress(a.Text(AddressId), new PostalAddress(a.Text(Name), a.Text(Line1), a.Text(City), a.Text(Country),
                a.TextOrNull(Line2), a.TextOrNull(Region), a.TextOrNull(PostalCode), a.TextOrNull(Phone)))),
            item.TextOrNull(DefaultAddressId), item.LongNumber(Version));
}
