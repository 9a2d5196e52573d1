using Amazon.DynamoDBv2.Model;
using CloudRetail.BuildingBlocks.Persistence;

namespace CloudRetail.Pricing.Persistence;

/// <summary>Discount codes under <see cref="DiscountItems"/> (upper case), and each code's redemptions
/// per shopper under <c>REDEMPTIONS#&lt;code&gt;</c>.</summary>
internal sealed partial class PricingTable
{
    private const string DiscountType = "discountKind", Value = "value", MinSubtotal = "minSubtotal", StartsAt = "startsAt", EndsAt = "endsAt";
    private const string RedemptionLimit = "redemptionLimit", PerShopperLimit = "perShopperLimit", Redeemed = "redeemed", Used = "used";

    private static string RedemptionsKind(string code) => $"REDEMPTIONS#{code}";

    /// <summary>The code and the shopper's redemptions of it, read consistently so that a code used
    /// up a moment ago is refused with its reason rather than at commit.</summary>
    public BatchedRead<DiscountCodeState?> FindDiscountCode(ReadBatch batch, string code, string shopperId)
    {
        var codeRead = batch.Add(TableName, Key(DiscountItems, code), consistentRead: true, item => item);
        var usedRead = batch.Add(TableName, Key(RedemptionsKind(code), shopperId), consistentRead: true, item => item?.QuantityOr(Used, 0) ?? 0);
        return new BatchedRead<DiscountCodeState?>(() => ToDiscount(codeRead.Value) is { } found ? found with { RedeemedByShopper = usedRead.Value } : null);
    }

    public async Task<DiscountCodeState?> FindDiscountCodeAsync(string code, CancellationToken cancellationToken) =>
        ToDiscount(await dynamoDb.FindAsync(TableName, Key(DiscountItems, code), consistentRead: true, cancellationToken));

    public Task<IReadOnlyList<DiscountCodeState>> DiscountCodesAsync(CancellationToken cancellationToken) => ListAllAsync(DiscountItems, ToDiscount, cancellationToken);

    /// <summary>A new code with no redemptions; false when the code exists. What a give-back left of a
    /// deleted code (a count without terms) is no code, so the code can be made again.</summary>
    public Task<bool> AddDiscountCodeAsync(DiscountCodeState code, CancellationToken cancellationToken) =>
        PutAsync(Attr.Map(
            (Kind, Attr.Text(DiscountItems)), (Id, Attr.Text(code.Code)), (DiscountType, Attr.Enum(code.Kind)), (Value, Attr.Number(code.Value)),
            (Currency, Attr.TextOrNull(code.Currency)), (MinSubtotal, Attr.NumberOrNull(code.MinSubtotal)), (StartsAt, Attr.TimestampOrNull(code.StartsAt)),
            (EndsAt, Attr.TimestampOrNull(code.EndsAt)), (RedemptionLimit, code.RedemptionLimit is { } limit ? Attr.Number(limit) : null),
            (PerShopperLimit, code.PerShopperLimit is { } perShopper ? Attr.Number(perShopper) : null), (Active, Bool(code.Active)),
            (Redeemed, Attr.Number(0))), mustExist: false, cancellationToken, marker: DiscountType);

    /// <summary>Changes the code's terms, keeping its redemptions; false when there is no such code.</summary>
    public Task<bool> ChangeDiscountCodeAsync(DiscountCodeState code, CancellationToken cancellationToken)
    {
        var values = Attr.Map((":kind", Attr.Enum(code.Kind)), (":value", Attr.Number(code.Value)), (":active", Bool(code.Active)),
            (":currency", Attr.TextOrNull(code.Currency)), (":min", Attr.NumberOrNull(code.MinSubtotal)), (":starts", Attr.TimestampOrNull(code.StartsAt)),
            (":ends", Attr.TimestampOrNull(code.EndsAt)), (":limit", code.RedemptionLimit is { } l ? Attr.Number(l) : null),
            (":perShopper", code.PerShopperLimit is { } p ? Attr.Number(p) : null));
        var optional = new[] { (Currency, ":currency"), (MinSubtotal, ":min"), (StartsAt, ":starts"), (EndsAt, ":ends"), (RedemptionLimit, ":limit"), (PerShopperLimit, ":perShopper") };
        var set = optional.Where(o => values.ContainsKey(o.Item2)).Select(o => $"{o.Item1} = {o.Item2}");
        var remove = optional.Where(o => !values.ContainsKey(o.Item2)).Select(o => o.Item1).ToList();
        return Tables.IfConditionHoldsAsync(() => dynamoDb.UpdateItemAsync(new UpdateItemRequest
        {
            TableName = TableName,
            Key = Key(DiscountItems, code.Code),
            UpdateExpression = $"SET {DiscountType} = :kind, #value = :value, {Active} = :active" + string.Concat(set.Select(s => ", " + s))
                + (remove.Count > 0 ? " REMOVE " + string.Join(", ", remove) : ""),
            ConditionExpression = $"attribute_exists({DiscountType})",
            ExpressionAttributeNames = new() { ["#value"] = Value },
            ExpressionAttributeValues = values,
        }, cancellationToken));
    }

    public Task<bool> DeleteDiscountCodeAsync(string code, CancellationToken cancellationToken) =>
        DeleteAsync(DiscountItems, code, cancellationToken, marker: DiscountType);

    public void Redeem(WriteTransaction transaction, DiscountCodeState code, string shopperId)
    {
        transaction.Update(new Update
        {
            TableName = TableName,
            Key = Key(DiscountItems, code.Code),
            UpdateExpression = $"SET {Redeemed} = {Redeemed} + :one",
            ConditionExpression = $"{Active} = :true AND ({RedemptionLimit} > {Redeemed} OR attribute_not_exists({RedemptionLimit}))",
            ExpressionAttributeValues = Attr.Map((":one", Attr.Number(1)), (":true", Bool(true))),
        }, new DiscountCodeUsedUp(code.Code));
        transaction.Update(new Update
        {
            TableName = TableName,
            Key = Key(RedemptionsKind(code.Code), shopperId),
            UpdateExpression = $"SET {Used} = if_not_exists({Used}, :zero) + :one",
            ConditionExpression = code.PerShopperLimit is null ? null : $"attribute_not_exists({Used}) OR {Used} < :max",
            ExpressionAttributeValues = Attr.Map((":zero", Attr.Number(0)), (":one", Attr.Number(1)),
                (":max", code.PerShopperLimit is { } max ? Attr.Number(max) : null)),
        }, code.PerShopperLimit is null ? null : new DiscountCodeUsedByShopper(code.Code));
    }

    /// <summary>Lowers both counts, unconditionally; for a code deleted meanwhile this leaves a bare
    /// count item, which is no code (<see cref="ToDiscount"/>).</summary>
    public void GiveBack(WriteTransaction transaction, string code, string shopperId)
    {
        transaction.Update(new Update
        {
            TableName = TableName,
            Key = Key(DiscountItems, code),
            UpdateExpression = $"SET {Redeemed} = if_not_exists({Redeemed}, :one) - :one",
            ExpressionAttributeValues = Attr.Map((":one", Attr.Number(1))),
        });
        transaction.Update(new Update
        {
            TableName = TableName,
            Key = Key(RedemptionsKind(code), shopperId),
            UpdateExpression = $"SET {Used} = if_not_exists({Used}, :one) - :one",
            ExpressionAttributeValues = Attr.Map((":one", Attr.Number(1))),
        });
    }

    /// <summary>Null for no item, or for what a give-back left of a deleted code (no terms).</summary>
    private static DiscountCodeState? ToDiscount(Dictionary<string, AttributeValue>? item) =>
        item is null || !item.ContainsKey(DiscountType) ? null : new DiscountCodeState(
            item.Text(Id), item.Enum<DiscountKind>(DiscountType), item.Amount(Value), item.TextOrNull(Currency), item.AmountOrNull(MinSubtotal),
            item.TimestampOrNull(StartsAt), item.TimestampOrNull(EndsAt), IntOrNull(item, RedemptionLimit), IntOrNull(item, PerShopperLimit),
            Bool(item, Active), item.QuantityOr(Redeemed, 0), 0);
}
