using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using CloudRetail.Analytics.Domain;
using CloudRetail.BuildingBlocks.Persistence;

namespace CloudRetail.Analytics.Persistence;

/// <summary>
/// The only code that knows the shop-stats table's attribute names. A day's figures are spread over
/// <see cref="Shards"/> items (key <c>shard</c> S00..S09 + <c>day</c> YYYY-MM-DD), each a set of
/// counters that writes only ever ADD to, so writers never read them and never lose each other's count.
/// Why shards: every checkout adds to its day, and DynamoDB cancels a transaction that touches an
/// item another transaction is writing; with one item a day, every checkout of the moment would
/// conflict on it (and be retried by the kit) although it shares nothing else with the others. Each
/// write picks a shard at random, so two checkouts meet on an item one time in ten; a read queries
/// every shard over the period and adds them up. Counters are top-level attributes named
/// <c>kind|key</c> (<c>status|PAID</c>, <c>net|USD</c>, <c>units|P001|USD</c>); a shard's value may go
/// below zero (a move counted out of a shard its order was not counted into), only the sum means something.
/// </summary>
internal sealed class ShopStatsTable(IAmazonDynamoDB dynamoDb, AnalyticsOptions options)
{
    public const int Shards = 10;
    private const string Shard = "shard", Day = "day", Placed = "placed", Customers = "customers";
    private const string Status = "status|", Orders = "orders|", Net = "net|", Tax = "tax|", Shipping = "shipping|", Discount = "discount|", Total = "total|", Refunds = "refunds|";
    private const string Units = "units|", Revenue = "revenue|";

    public static TableDefinition Definition(string tableName) => TableDefinition.Keyed(tableName, Shard, Day);

    /// <summary>Adds each counter's change to one shard of the day, in the caller's transaction.</summary>
    public void Add(WriteTransaction transaction, DateOnly day, IReadOnlyDictionary<string, decimal> changes) =>
        transaction.Update(ToUpdate(day, changes));

    /// <summary>The same as <see cref="Add"/>, written on its own.</summary>
    public Task AddAsync(DateOnly day, IReadOnlyDictionary<string, decimal> changes, CancellationToken cancellationToken)
    {
        var update = ToUpdate(day, changes);
        return dynamoDb.UpdateItemAsync(new UpdateItemRequest
        {
            TableName = update.TableName, Key = update.Key, UpdateExpression = update.UpdateExpression,
            ExpressionAttributeNames = update.ExpressionAttributeNames, ExpressionAttributeValues = update.ExpressionAttributeValues,
        }, cancellationToken);
    }

    /// <summary>Every day of [from, to] that has figures, all shards added up: one Query per shard
    /// (in parallel), a page each unless the period's items pass 1 MB.</summary>
    public async Task<IReadOnlyList<DayFigures>> ReadAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var shards = await Task.WhenAll(Enumerable.Range(0, Shards).Select(shard =>
            Tables.ReadAllAsync((startKey, ct) => dynamoDb.QueryPageAsync(new QueryRequest
            {
                TableName = options.TableName,
                KeyConditionExpression = "#shard = :shard AND #day BETWEEN :from AND :to",
                ExpressionAttributeNames = new() { ["#shard"] = Shard, ["#day"] = Day },
                ExpressionAttributeValues = Attr.Map((":shard", Attr.Text(ShardKey(shard))),
                    (":from", Attr.Text(ShopDays.Key(from))), (":to", Attr.Text(ShopDays.Key(to)))),
                ExclusiveStartKey = startKey,
            }, ToFigures, ct), cancellationToken).ToListAsync(cancellationToken).AsTask()));
        return shards.SelectMany(s => s).GroupBy(d => d.Day)
            .Select(g => g.Aggregate(DayFigures.Empty(g.Key), (sum, d) => sum.Plus(d)))
            .OrderBy(d => d.Day).ToList();
    }

    public static string PlacedCounter => Placed;

    public static string CustomersCounter => Customers;

    public static string StatusCounter(string status) => Status + status;

    public static IEnumerable<(string Name, decimal Change)> MoneyCounters(string currency, int orders, SaleAmounts sale, int sign) =>
    [
        (Orders + currency, sign * orders), (Net + currency, sign * sale.Net), (Tax + currency, sign * sale.Tax),
        (Shipping + currency, sign * sale.Shipping), (Discount + currency, sign * sale.Discount), (Total + currency, sign * sale.Total),
    ];

    public static string RefundsCounter(string currency) => Refunds + currency;

    public static IEnumerable<(string Name, decimal Change)> ProductCounters(string currency, ProductSale line, int sign) =>
        [(Units + line.ProductId + "|" + currency, sign * line.Units), (Revenue + line.ProductId + "|" + currency, sign * line.Revenue)];

    private Update ToUpdate(DateOnly day, IReadOnlyDictionary<string, decimal> changes)
    {
        var counters = changes.Where(c => c.Value != 0m).Select((c, i) => (Name: $"#c{i}", Value: $":c{i}", Counter: c.Key, Change: c.Value)).ToList();
        var names = counters.ToDictionary(c => c.Name, c => c.Counter, StringComparer.Ordinal);
        var values = counters.ToDictionary(c => c.Value, c => Attr.Number(c.Change), StringComparer.Ordinal);
        // An update must change something: a day shard with nothing to add is touched as zero placed.
        if (counters.Count == 0)
        {
            names["#c0"] = Placed;
            values[":c0"] = Attr.Number(0);
        }
        return new Update
        {
            TableName = options.TableName,
            Key = Attr.Map((Shard, Attr.Text(ShardKey(Random.Shared.Next(Shards)))), (Day, Attr.Text(ShopDays.Key(day)))),
            UpdateExpression = "ADD " + string.Join(", ", names.Keys.Select(name => $"{name} :{name[1..]}")),
            ExpressionAttributeNames = names,
            ExpressionAttributeValues = values,
        };
    }

    private static string ShardKey(int shard) => "S" + shard.ToString("00", CultureInfo.InvariantCulture);

    private static DayFigures ToFigures(Dictionary<string, AttributeValue> item)
    {
        var byStatus = new Dictionary<string, int>(StringComparer.Ordinal);
        var money = new Dictionary<string, CurrencyFigures>(StringComparer.Ordinal);
        var products = new Dictionary<(string, string), ProductFigures>();
        foreach (var (name, value) in item)
        {
            if (value.N is null)
            {
                continue;
            }
            var amount = decimal.Parse(value.N, CultureInfo.InvariantCulture);
            var parts = name.Split('|');
            var kind = parts[0] + "|";
            if (kind == Status)
            {
                byStatus[parts[1]] = (int)amount;
            }
            else if (parts.Length == 2)
            {
                var figures = money.GetValueOrDefault(parts[1]) ?? CurrencyFigures.None(parts[1]);
                money[parts[1]] = kind switch
                {
                    Orders => figures with { Orders = (int)amount },
                    Net => figures with { Net = amount },
                    Tax => figures with { Tax = amount },
                    Shipping => figures with { Shipping = amount },
                    Discount => figures with { Discount = amount },
                    Total => figures with { Total = amount },
                    Refunds => figures with { Refunds = amount },
                    _ => figures,
                };
            }
            else if (parts.Length == 3 && kind is Units or Revenue)
            {
                var key = (parts[1], parts[2]);
                var figures = products.GetValueOrDefault(key) ?? new ProductFigures(parts[1], parts[2], 0, 0m);
                products[key] = kind == Units ? figures with { Units = (int)amount } : figures with { Revenue = amount };
            }
        }
        return new DayFigures(ShopDays.Parse(item.Text(Day)), item.QuantityOr(Placed, 0), item.QuantityOr(Customers, 0), byStatus,
            [.. money.Values], [.. products.Values]);
    }
}
