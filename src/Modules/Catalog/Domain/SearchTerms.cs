namespace CloudRetail.Catalog.Domain;

/// <summary>
/// The terms a product is found by: for each word of its name and category (lower case, split at
/// anything that is not a letter or digit), its prefixes of <see cref="PrefixLengths"/> characters.
/// A search word of k characters is looked up by its prefix of the longest of these lengths not
/// above k ("mous" by "mou", "wireless" by "wireles"), and the rest of the word is checked on what
/// the index item holds. Five lengths rather than every one keep a product's terms few, so a product
/// and all its index items fit in one DynamoDB transaction.
/// </summary>
internal static class SearchTerms
{
    public static readonly int[] PrefixLengths = [1, 2, 3, 5, 8];

    /// <summary>At most this many terms a product: an update writes the product, its new terms and
    /// deletes the terms it lost, 1 + 2 × 48 = 97 of the 100 writes a transaction may hold.</summary>
    public const int MaxPerProduct = 48;

    /// <summary>Every term of a product with this name and category, each once, in order.</summary>
    public static IReadOnlyList<string> Of(string name, string category) =>
        WordsOf(name).Concat(WordsOf(category))
            .SelectMany(word => PrefixLengths.Where(length => length <= word.Length).Select(length => word[..length]))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The term a search word is looked up by.</summary>
    public static string LookupTerm(string word) => word[..PrefixLengths.Last(length => length <= word.Length)];

    /// <summary>The words of a text as search compares them: lower case, split at anything that is not a letter or digit.</summary>
    public static IEnumerable<string> WordsOf(string text) =>
        text.Split(text.Where(c => !char.IsLetterOrDigit(c)).Distinct().ToArray(), StringSplitOptions.RemoveEmptyEntries)
            .Select(word => word.ToLowerInvariant());
}
