namespace CloudRetail.Pricing;

/// <summary>The shop's money rules for refunds, for the module that gives money back (the rules
/// themselves live beside the rounding rule, in <c>Domain.MoneyRounding</c>).</summary>
public static class Refunds
{
    /// <summary>What refunding <paramref name="refunding"/> more units of a line is worth; see
    /// <c>MoneyRounding.LineRefund</c> for the rule.</summary>
    public static decimal LineAmount(decimal gross, int qty, int alreadyRefunded, int refunding, string currency) =>
        Domain.MoneyRounding.LineRefund(gross, qty, alreadyRefunded, refunding, currency);

    /// <summary>An amount as people read it, to the currency's minor unit: "20.00 USD", "1500 JPY".</summary>
    public static string Text(decimal amount, string currency) =>
        amount.ToString("F" + Domain.MoneyRounding.Digits(currency).ToString(System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture) + " " + currency;

    /// <summary>True when <paramref name="amount"/> has no more decimals than the currency's minor unit.</summary>
    public static bool IsWholeMinorUnits(decimal amount, string currency) => Domain.MoneyRounding.Round(amount, currency) == amount;
}
