using Amazon.DynamoDBv2.Model;
using CloudRetail.Addresses;
using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.Pricing;

namespace CloudRetail.Orders.Persistence;

/// <summary>How an order's price breakdown and delivery address are kept in its item: totals as
/// numbers beside <c>totalAmount</c>, the per-line figures in each line's map, taxes by rate, the
/// shipping method and the address as copies. An item without <c>subtotal</c> is an order placed
/// before orders had a breakdown.</summary>
internal static class OrderPriceItem
{
    private const string Subtotal = "subtotal", Discount = "discount", Shipping = "shipping", Tax = "tax", Taxes = "taxes", IncludesTax = "pricesIncludeTax";
    private const string DiscountCode = "discountCode", ShippingMethod = "shippingMethod", DeliveryAddress = "deliveryAddress";
    private const string LineTotal = "lineTotal", Net = "net", Gross = "gross", UnitPrice = "price", ProductId = "productId", Qty = "qty";
    private const string TaxRateId = "taxRateId", Name = "name", Percent = "percent", Amount = "amount";
    private const string MethodId = "shippingMethodId", MethodPrice = "price", MinDays = "minDays", MaxDays = "maxDays", RequiresAddress = "requiresAddress";

    /// <summary>Adds the breakdown's attributes to the order's item and each line's map.</summary>
    public static void Write(Dictionary<string, AttributeValue> item, PriceBreakdown price, PostalAddress? address, IReadOnlyList<Dictionary<string, AttributeValue>> lines)
    {
        item[Subtotal] = Attr.Number(price.Subtotal);
        item[Discount] = Attr.Number(price.Discount);
        item[Shipping] = Attr.Number(price.ShippingAmount);
        item[Tax] = Attr.Number(price.Tax);
        item[IncludesTax] = new AttributeValue { BOOL = price.PricesIncludeTax };
        item[Taxes] = Attr.List(price.Taxes, TaxItem);
        if (price.DiscountCode is { } code)
        {
            item[DiscountCode] = Attr.Text(code);
        }
        if (price.Shipping is { } shipping)
        {
            item[ShippingMethod] = new AttributeValue
            {
                M = Attr.Map((MethodId, Attr.Text(shipping.ShippingMethodId)), (Name, Attr.Text(shipping.Name)), (MethodPrice, Attr.Number(shipping.Price)),
                    (Amount, Attr.Number(shipping.Amount)), (Net, Attr.Number(shipping.Net)), (Tax, Attr.Number(shipping.Tax)), (Gross, Attr.Number(shipping.Gross)),
                    (Taxes, Attr.List(shipping.Taxes, TaxItem)), (MinDays, Attr.Number(shipping.MinDays)), (MaxDays, Attr.Number(shipping.MaxDays)),
                    (RequiresAddress, new AttributeValue { BOOL = shipping.RequiresAddress })),
            };
        }
        if (address is not null)
        {
            item[DeliveryAddress] = new AttributeValue
            {
                M = Attr.Map(("name", Attr.Text(address.Name)), ("line1", Attr.Text(address.Line1)), ("line2", Attr.TextOrNull(address.Line2)),
                    ("city", Attr.Text(address.City)), ("region", Attr.TextOrNull(address.Region)), ("postalCode", Attr.TextOrNull(address.PostalCode)),
                    ("country", Attr.Text(address.Country)), ("phone", Attr.TextOrNull(address.Phone))),
            };
        }
        for (var i = 0; i < lines.Count; i++)
        {
            var line = price.Lines[i];
            lines[i][LineTotal] = Attr.Number(line.LineTotal);
            lines[i][Discount] = Attr.Number(line.Discount);
            lines[i][Net] = Attr.Number(line.Net);
            lines[i][Tax] = Attr.Number(line.Tax);
            lines[i][Gross] = Attr.Number(line.Gross);
            lines[i][Taxes] = Attr.List(line.Taxes, TaxItem);
        }
    }

    public static PriceBreakdown? ReadPrice(Dictionary<string, AttributeValue> item, string currency, List<Dictionary<string, AttributeValue>> lines)
    {
        if (!item.ContainsKey(Subtotal))
        {
            return null;
        }
        var shipping = item.TryGetValue(ShippingMethod, out var method) && method.M is { } m
            ? new PricedShipping(m.Text(MethodId), m.Text(Name), m.Amount(MethodPrice), m.Amount(Amount), m.Amount(Net), m.List(Taxes, ReadTax),
                m.Amount(Tax), m.Amount(Gross), m.Quantity(MinDays), m.Quantity(MaxDays), m[RequiresAddress].BOOL == true)
            : null;
        var priced = lines.Select(l => new PricedLine(l.Text(ProductId), l.Quantity(Qty), l.Amount(UnitPrice), l.Amount(LineTotal), l.Amount(Discount),
            l.Amount(Net), l.List(Taxes, ReadTax), l.Amount(Tax), l.Amount(Gross))).ToList();
        return new PriceBreakdown(currency, item[IncludesTax].BOOL == true, priced, shipping, item.TextOrNull(DiscountCode),
            item.Amount(Subtotal), item.Amount(Discount), item.Amount(Shipping), item.Amount(Tax),
            priced.Sum(l => l.Gross) + (shipping?.Gross ?? 0m), item.List(Taxes, ReadTax));
    }

    public static PostalAddress? ReadAddress(Dictionary<string, AttributeValue> item) =>
        item.TryGetValue(DeliveryAddress, out var value) && value.M is { } a
            ? new PostalAddress(a.Text("name"), a.Text("line1"), a.Text("city"), a.Text("country"),
                a.TextOrNull("line2"), a.TextOrNull("region"), a.TextOrNull("postalCode"), a.TextOrNull("phone"))
            : null;

    private static Dictionary<string, AttributeValue> TaxItem(TaxAmount tax) =>
        Attr.Map((TaxRateId, Attr.Text(tax.TaxRateId)), (Name, Attr.Text(tax.Name)), (Percent, Attr.Number(tax.Percent)), (Amount, Attr.Number(tax.Amount)));

    private static TaxAmount ReadTax(Dictionary<string, AttributeValue> tax) =>
        new(tax.Text(TaxRateId), tax.Text(Name), tax.Amount(Percent), tax.Amount(Amount));
}
