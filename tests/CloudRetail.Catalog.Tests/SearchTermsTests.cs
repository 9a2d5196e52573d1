using CloudRetail.Catalog.Domain;

namespace CloudRetail.Catalog.Tests;

public sealed class SearchTermsTests
{
    [Fact]
    public void A_product_is_indexed_by_the_prefixes_of_1_2_3_5_and_8_characters_of_each_word_once()
    {
        var terms = SearchTerms.Of("Wireless Mouse", "Electronics");

        Assert.Equal(["e", "el", "ele", "elect", "electron", "m", "mo", "mou", "mouse", "w", "wi", "wir", "wirel", "wireless"], terms);
    }

    /// <summary>The property the index rests on: whatever word of a product a search word begins, the
    /// term the search reads is one of the product's terms.</summary>
    [Theory]
    [InlineData("Wireless Mouse", "Electronics")]
    [InlineData("Stainless-Steel Water Bottle 750ml", "Kitchen & Dining")]
    [InlineData("Ünïcode Çafé Déjà", "Bücher")]
    public void Every_prefix_of_every_word_is_read_through_one_of_the_products_terms(string name, string category)
    {
        var terms = SearchTerms.Of(name, category);
        var product = new Product("P1", name, category, 1m, "USD", null, DateTimeOffset.UnixEpoch);

        foreach (var word in SearchTerms.WordsOf(name).Concat(SearchTerms.WordsOf(category)))
        {
            foreach (var prefix in Enumerable.Range(1, word.Length).Select(n => word[..n]))
            {
                var search = ProductSearch.Parse(prefix)!;
                Assert.Contains(search.Term, terms);
                Assert.True(search.Matches(product), prefix);
            }
        }
    }

    [Theory]
    [InlineData("wireless", "wireless", true)]
    [InlineData("mous", "mou", false)]
    [InlineData("mouse", "mouse", true)]
    [InlineData("electronic", "electron", false)]
    [InlineData("w", "w", true)]
    public void A_search_reads_the_longest_term_of_its_word_and_filters_only_when_the_word_is_longer(string text, string term, bool termOnly)
    {
        var search = ProductSearch.Parse(text)!;

        Assert.Equal(term, search.Term);
        Assert.Equal(termOnly, search.IsTermOnly);
    }

    [Fact]
    public void Of_several_words_the_search_reads_the_one_with_the_longest_term()
    {
        var search = ProductSearch.Parse("la wireless mo")!;

        Assert.Equal("wireless", search.Term);
        Assert.False(search.IsTermOnly);
    }

    [Fact]
    public void Names_up_to_the_bound_are_accepted_and_one_past_it_is_refused()
    {
        // Ten words of distinct letters: 5 terms each, 50 in all, past the 48 a transaction allows.
        var words = Enumerable.Range(0, 10).Select(i => new string((char)('a' + i), 1) + "bcdefghij").ToList();
        var tooMany = string.Join(' ', words);
        var enough = string.Join(' ', words.Take(9));

        Assert.Equal(50, SearchTerms.Of(tooMany, "x").Count - 1);
        Assert.False(new Endpoints.CreateProductValidator().Validate(new Endpoints.CreateProductRequest("P1", tooMany, "x", 1m, "USD")).IsValid);
        Assert.True(new Endpoints.CreateProductValidator().Validate(new Endpoints.CreateProductRequest("P1", enough, "x", 1m, "USD")).IsValid);
    }
}
