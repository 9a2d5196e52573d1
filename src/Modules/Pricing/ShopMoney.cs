namespace CloudRetail.Pricing;

/// <summary>The shop's one rounding rule for money, for modules that show figures computed from
/// amounts (an average order value): to the currency's minor unit, halves away from zero.</summary>
public static class ShopMoney
{
    public static decimal Round(decimal amount, string currency) => Domain.MoneyRounding.Round(amount, currency);
}
