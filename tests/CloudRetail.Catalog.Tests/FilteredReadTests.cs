using CloudRetail.Catalog.Persistence;

namespace CloudRetail.Catalog.Tests;

/// <summary>A search that filters (two words, a word longer than its term, a category) reads its term's
/// items in growing steps: small first, as a common word fills its page at once, larger for a rare match.</summary>
public sealed class FilteredReadTests
{
    [Theory]
    [InlineData(20, new[] { 40, 200, 400 })]
    [InlineData(8, new[] { 16, 80, 160 })]
    [InlineData(100, new[] { 200, 1000, 1000 })]
    public void A_filtered_search_reads_twice_the_page_then_ten_then_twenty_times_it_and_never_past_1000_items(int pageSize, int[] sizes)
    {
        var reads = Enumerable.Range(0, SearchIndexTable.MaxReads).Select(read => SearchIndexTable.FilteredReadSize(pageSize, read));

        Assert.Equal(sizes, reads);
    }
}
