using System.Text.Json;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using CloudRetail.BuildingBlocks.Naming;
using CloudRetail.BuildingBlocks.Persistence;

namespace CloudRetail.BuildingBlocks.Tests;

public sealed class PersistenceKitTests
{
    private enum Provider
    {
        Mock,
        CardSimulator,
    }

    private sealed record Kind(Provider Provider);

    private sealed record Refused(string Why) : ConditionFailure;

    [Fact]
    public void Enums_are_named_once_in_upper_snake_case_for_tables_and_json()
    {
        Assert.Equal("CARD_SIMULATOR", Provider.CardSimulator.Name());
        Assert.Equal(Provider.CardSimulator, UpperCaseNames.Parse<Provider>("CARD_SIMULATOR"));
        Assert.False(UpperCaseNames.TryParse<Provider>("CardSimulator", out _));
        Assert.Equal(["MOCK", "CARD_SIMULATOR"], UpperCaseNames.All<Provider>());

        var options = new JsonSerializerOptions { Converters = { new UpperCaseEnumConverter<Provider>() } };
        Assert.Equal("{\"Provider\":\"CARD_SIMULATOR\"}", JsonSerializer.Serialize(new Kind(Provider.CardSimulator), options));
        Assert.Equal(Provider.Mock, JsonSerializer.Deserialize<Kind>("{\"Provider\":\"MOCK\"}", options)!.Provider);
    }

    [Fact]
    public void Shop_values_round_trip_through_their_codecs()
    {
        var at = new DateTimeOffset(2026, 12, 2, 7, 30, 15, 123, TimeSpan.FromHours(8));
        var item = Attr.Map(("id", Attr.Text("O-1")), ("qty", Attr.Number(3)), ("at", Attr.Timestamp(at)), ("kind", Attr.Enum(Provider.CardSimulator)),
            ("absent", Attr.TextOrNull(null)), ("lines", Attr.List([1.5m, 2m], price => Attr.Map(("price", Attr.Number(price))))))
            .With("amount", "currency", new Money(12.34m, "EUR"));

        Assert.False(item.ContainsKey("absent"));
        Assert.Equal("2026-12-01T23:30:15.1230000Z", item["at"].S);
        Assert.Equal("12.34", item["amount"].N);
        Assert.Equal("O-1", item.Text("id"));
        Assert.Equal(3, item.Quantity("qty"));
        Assert.Equal(at, item.Timestamp("at"));
        Assert.Equal(Provider.CardSimulator, item.Enum<Provider>("kind"));
        Assert.Equal(new Money(12.34m, "EUR"), item.Money("amount", "currency"));
        Assert.Equal([1.5m, 2m], item.List("lines", line => line.Amount("price")));
        Assert.Null(item.TextOrNull("absent"));
        Assert.Null(item.TimestampOrNull("absent"));
        Assert.Equal(0, item.QuantityOr("absent", 0));
        Assert.Empty(item.List("absent", line => line.Text("x")));
    }

    [Fact]
    public void Expiry_is_written_in_epoch_seconds_for_ttl()
    {
        Assert.Equal("1764660600", Attr.Epoch(new DateTimeOffset(2025, 12, 2, 7, 30, 0, TimeSpan.Zero)).N);
    }

    [Fact]
    public void A_conditional_write_must_say_what_its_refusal_means()
    {
        var transaction = new Transactions(new AmazonDynamoDBClient(new AmazonDynamoDBConfig { ServiceURL = "http://127.0.0.1:9" })).BeginWrite();
        var conditional = new Update { TableName = "t", Key = Attr.Map(("id", Attr.Text("1"))), UpdateExpression = "SET a = :a", ConditionExpression = "attribute_exists(id)" };

        Assert.Throws<ArgumentException>(() => transaction.Update(conditional));
        transaction.Update(conditional, new Refused("gone"));
        transaction.Update(new Update { TableName = "t", Key = Attr.Map(("id", Attr.Text("2"))), UpdateExpression = "SET a = :a" });
        Assert.Equal(2, transaction.Count);
    }

    [Fact]
    public void A_table_is_its_keys_and_indexes()
    {
        var table = TableDefinition.Keyed("orders", "orderId", timeToLive: "expiresAt")
            .WithIndex("by-user", "userId", "createdAt")
            .WithIndex("by-status", "status", "createdAt");

        Assert.Equal(["orderId", "userId", "createdAt", "status"], table.Request.AttributeDefinitions.Select(a => a.AttributeName));
        Assert.All(table.Request.AttributeDefinitions, a => Assert.Equal(ScalarAttributeType.S, a.AttributeType));
        Assert.Equal(["by-user", "by-status"], table.Request.GlobalSecondaryIndexes.Select(i => i.IndexName));
        Assert.Equal(BillingMode.PAY_PER_REQUEST, table.Request.BillingMode);
        Assert.Equal("expiresAt", table.TimeToLiveAttribute);
    }
}
