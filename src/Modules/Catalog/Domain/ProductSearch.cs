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
        var words = SearchTerms.WordsOf(text).Distinct().ToList();
        return words.Count is > 0 and <= MaxWords ? new ProductSearch(words) : null;
    }

    /// <summary>The index term to read: the one of the word whose term is longest (then the longest
    /// word), as the longest prefix is the one the fewest products share.</summary>
    public string Term => SearchTerms.LookupTerm(Words.OrderByDescending(w => SearchTerms.LookupTerm(w).Length).ThenByDescending(w => w.Length).First());

    /// <summary>True when every product under <see cref="Term"/> matches: one word, exactly the term.</summary>
    public bool IsTermOnly => Words is [var word] && word.Length == Term.Length;

    public bool Matches(Product product) => Matches(product.Name, product.Category);

    public bool Matches(string name, string category)
    {
        var productWords = SearchTerms.WordsOf(name).Concat(SearchTerms.WordsOf(category)).ToList();
        return Words.All(word => productWords.Any(candidate => candidate.StartsWith(word, StringComparison.Ordinal)));
    }
}
