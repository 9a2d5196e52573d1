namespace CloudRetail.Pricing.Domain;

/// <summary>Whether a code applies to an order, and what it takes off the goods (never shipping,
/// never more than the goods, so a total is never negative).</summary>
internal static class DiscountRules
{
    /// <summary>Null when the code applies; else the refusal that says which rule it breaks.</summary>
    public static PriceRefusal? Refuse(DiscountCodeState code, string currency, decimal subtotal, DateTimeOffset now)
    {
        string? message =
            !code.Active ? $"Discount code {code.Code} is not active"
            : code.StartsAt > now ? $"Discount code {code.Code} is not valid yet: it starts at {code.StartsAt:u}"
            : code.EndsAt <= now ? $"Discount code {code.Code} has expired"
            : code.RedemptionLimit <= code.Redeemed ? $"Discount code {code.Code} is used up"
            : code.PerShopperLimit <= code.RedeemedByShopper ? $"You have already used discount code {code.Code} as often as it allows"
            : code.Currency is { } codeCurrency && codeCurrency != currency ? $"Discount code {code.Code} is for orders in {codeCurrency}, not {currency}"
            : code.MinSubtotal > subtotal ? $"Discount code {code.Code} needs a subtotal of at least {code.MinSubtotal} {code.Currency}"
            : null;
        return message is null ? null : new PriceRefusal("discountCode", message);
    }

    /// <summary>What the code takes off <paramref name="subtotal"/>, rounded by <see cref="MoneyRounding"/>.</summary>
    public static decimal AmountOff(DiscountCodeState code, decimal subtotal, string currency) => code.Kind switch
    {
        DiscountKind.Percent => Math.Min(subtotal, MoneyRounding.Round(subtotal * code.Value / 100m, currency)),
        _ => Math.Min(subtotal, code.Value),
    };
}
