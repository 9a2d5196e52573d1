namespace CloudRetail.Catalog.Domain;

/// <summary>What a shopper typed into the search box: words that must each begin a word of the
/// product's name or category, case-insensitive ("wire mou" finds "Wireless Mouse").</summary>
internal sealed record ProductSearch(IReadOnlyList<string> Words)
{
    public const int MaxLength = 100;
    public const int MaxWords = 8;

    /// <summary>The search, or null when the text holds no word to look for.</summary>
    public static ProductSearch? Parse(string text)
    {
        var words = WordsOf(text).Distinct().ToList();
        return words.Count is > 0 and <= MaxWords ? new ProductSearch(words) : null;
    }

    public bool Matches(Product product)
    {
        var productWords = WordsOf(product.Name).Concat(WordsOf(product.Category)).ToList();
        return Words.All(word => productWords.Any(candidate => candidate.StartsWith(word, StringComparison.Ordinal)));
    }

    private static IEnumerable<string> WordsOf(string text) =>
        text.Split(text.Where(c => !char.IsLetterOrDigit(c)).Distinct().ToArray(), StringSplitOptions.RemoveEmptyEntries)
            .Select(word => word.ToLowerInvariant());
}
