using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace CloudRetail.Addresses;

/// <summary>What the shop knows of each country's addresses: the ISO 3166-1 alpha-2 codes, where
/// the post needs a region, where there are no postal codes, and the postal code's shape where the
/// shop checks it (elsewhere 2 to 12 letters, digits, spaces or dashes).</summary>
public static partial class Countries
{
    private const string Iso3166Alpha2 =
        "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ " +
        "CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR " +
        "GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP " +
        "KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT " +
        "MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW " +
        "SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG " +
        "UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW";

    public static readonly FrozenSet<string> All = Iso3166Alpha2.Split(' ').ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Countries whose addresses name a state, province or prefecture.</summary>
    public static readonly FrozenSet<string> RegionRequired = new[] { "AR", "AU", "BR", "CA", "CN", "IN", "IT", "JP", "MX", "MY", "US" }.ToFrozenSet();

    /// <summary>Countries without postal codes in common use (an address there may still give one).</summary>
    public static readonly FrozenSet<string> WithoutPostalCodes = new[]
    {
        "AE", "AG", "AO", "AW", "BF", "BI", "BJ", "BO", "BS", "BW", "BZ", "CD", "CF", "CG", "CI", "CK", "CM", "DJ", "DM", "ER", "FJ",
        "GA", "GD", "GH", "GM", "GQ", "GY", "HK", "IE", "JM", "KI", "KM", "KN", "KP", "LC", "ML", "MO", "MR", "MS", "MW", "NR", "NU",
        "QA", "RW", "SB", "SC", "SL", "SR", "ST", "SY", "TD", "TF", "TG", "TK", "TL", "TO", "TV", "UG", "VU", "YE", "ZW",
    }.ToFrozenSet();

    private static readonly FrozenDictionary<string, (Regex Pattern, string Example)> PostalCodes = new Dictionary<string, (Regex, string)>
    {
        ["US"] = (UsZip(), "12345 or 12345-6789"),
        ["CA"] = (CanadianPostalCode(), "K1A 0B1"),
        ["GB"] = (BritishPostcode(), "SW1A 1AA"),
        ["NL"] = (DutchPostcode(), "1234 AB"),
        ["JP"] = (JapanesePostalCode(), "100-0001"),
        ["DE"] = (Digits5(), "5 digits"),
        ["FR"] = (Digits5(), "5 digits"),
        ["IT"] = (Digits5(), "5 digits"),
        ["ES"] = (Digits5(), "5 digits"),
        ["AU"] = (Digits4(), "4 digits"),
        ["NZ"] = (Digits4(), "4 digits"),
        ["SG"] = (Digits6(), "6 digits"),
        ["IN"] = (Digits6(), "6 digits"),
    }.ToFrozenDictionary();

    public static bool IsKnown(string? country) => country is not null && All.Contains(country.Trim().ToUpperInvariant());

    /// <summary>Null when the postal code has the country's shape, else the shape it should have.</summary>
    public static string? PostalCodeProblem(string country, string postalCode) =>
        PostalCodes.TryGetValue(country.Trim().ToUpperInvariant(), out var rule)
            ? rule.Pattern.IsMatch(postalCode.Trim()) ? null : $"postalCode for {country.Trim().ToUpperInvariant()} must look like {rule.Example}"
            : GenericPostalCode().IsMatch(postalCode.Trim()) ? null : "postalCode must be 2 to 12 letters, digits, spaces or dashes";

    [GeneratedRegex(@"^\d{5}(-\d{4})?$")]
    private static partial Regex UsZip();

    [GeneratedRegex(@"^[A-Za-z]\d[A-Za-z] ?\d[A-Za-z]\d$")]
    private static partial Regex CanadianPostalCode();

    [GeneratedRegex(@"^[A-Za-z]{1,2}\d[A-Za-z\d]? ?\d[A-Za-z]{2}$")]
    private static partial Regex BritishPostcode();

    [GeneratedRegex(@"^\d{4} ?[A-Za-z]{2}$")]
    private static partial Regex DutchPostcode();

    [GeneratedRegex(@"^\d{3}-?\d{4}$")]
    private static partial Regex JapanesePostalCode();

    [GeneratedRegex(@"^\d{4}$")]
    private static partial Regex Digits4();

    [GeneratedRegex(@"^\d{5}$")]
    private static partial Regex Digits5();

    [GeneratedRegex(@"^\d{6}$")]
    private static partial Regex Digits6();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9 -]{0,10}[A-Za-z0-9]$")]
    private static partial Regex GenericPostalCode();
}
