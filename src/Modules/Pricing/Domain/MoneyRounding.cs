using System.Collections.Frozen;

namespace CloudRetail.Pricing.Domain;

/// <summary>
/// The shop's one rounding rule: every amount it shows is rounded to the currency's minor unit
/// (cents for USD, none for JPY, fils for BHD), half away from zero, once per line (each line's
/// discount share, net and tax per rate; the shipping's), and every total is the sum of what was
/// rounded beneath it, never rounded again. So no cent appears or disappears between lines,
/// order, e-mail and invoice.
/// </summary>
internal static class MoneyRounding
{
    private static readonly FrozenDictionary<string, int> MinorUnitDigits = new Dictionary<string, int>
    {
        ["BIF"] = 0, ["CLP"] = 0, ["DJF"] = 0, ["GNF"] = 0, ["ISK"] = 0, ["JPY"] = 0, ["KMF"] = 0, ["KRW"] = 0, ["PYG"] = 0,
        ["RWF"] = 0, ["UGX"] = 0, ["VND"] = 0, ["VUV"] = 0, ["XAF"] = 0, ["XOF"] = 0, ["XPF"] = 0,
        ["BHD"] = 3, ["IQD"] = 3, ["JOD"] = 3, ["KWD"] = 3, ["LYD"] = 3, ["OMR"] = 3, ["TND"] = 3,
    }.ToFrozenDictionary();

    public static int Digits(string currency) => MinorUnitDigits.GetValueOrDefault(currency, 2);

    public static decimal Round(decimal amount, string currency) => Math.Round(amount, Digits(currency), MidpointRounding.AwayFromZero);

    /// <summary>The smallest amount of the currency: 0.01 for USD.</summary>
    public static decimal MinorUnit(string currency) => 1m / (decimal)Math.Pow(10, Digits(currency));

    /// <summary>Splits <paramref name="amount"/> (already rounded) over <paramref name="weights"/> in
    /// proportion, each share rounded down to the minor unit and the minor units left over given to
    /// the largest remainders, so the shares add up to the amount exactly.</summary>
    public static IReadOnlyList<decimal> Allocate(decimal amount, IReadOnlyList<decimal> weights, string currency)
    {
        var total = weights.Sum();
        if (amount == 0 || total == 0)
        {
            return weights.Select(_ => 0m).ToList();
        }
        var unit = MinorUnit(currency);
        var exact = weights.Select(w => amount * w / total).ToList();
        var shares = exact.Select(e => Math.Floor(e / unit) * unit).ToList();
        var left = (int)Math.Round((amount - shares.Sum()) / unit);
        foreach (var index in exact.Select((e, i) => (Remainder: e - shares[i], Index: i)).OrderByDescending(x => x.Remainder).ThenBy(x => x.Index).Take(left).Select(x => x.Index))
        {
            shares[index] += unit;
        }
        return shares;
    }

    /// <summary>
    /// The refund rule: what giving back <paramref name="refunding"/> of a line's <paramref name="qty"/>
    /// units is worth, when <paramref name="alreadyRefunded"/> of them were refunded before. A line is
    /// refunded at what the shopper paid for it: its gross (after its share of the order's discount,
    /// with the tax it carried), spread over its units cumulatively: the first k units refunded are
    /// worth round(gross × k / qty), so each refund is round(gross × (before + now) / qty) minus
    /// round(gross × before / qty). Refunds of a line in any steps therefore add up to its gross
    /// exactly, never a cent more. Shipping is refunded only by amount.
    /// </summary>
    public static decimal LineRefund(decimal gross, int qty, int alreadyRefunded, int refunding, string currency)
    {
        if (qty <= 0 || alreadyRefunded < 0 || refunding <= 0 || alreadyRefunded + refunding > qty)
        {
            throw new ArgumentOutOfRangeException(nameof(refunding), $"cannot refund {refunding} more of {qty} units when {alreadyRefunded} were refunded");
        }
        return Round(gross * (alreadyRefunded + refunding) / qty, currency) - Round(gross * alreadyRefunded / qty, currency);
    }
}
