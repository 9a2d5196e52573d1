using System.Globalization;
using CsvHelper;

namespace CloudRetail.Spreadsheets.Csv;

/// <summary>How the shop writes and reads CSV, stated once: UTF-8 with a byte order mark (so a
/// spreadsheet does not guess another encoding), commas, CRLF, invariant culture; money as a plain
/// number with two decimals and its currency in the next column; instants in UTC as
/// <c>yyyy-MM-dd HH:mm:ss</c>, which spreadsheets read as a date and time. A text cell starting with
/// = + - @ is written with a leading apostrophe, so a product named "=HYPERLINK(...)" stays text
/// (CSV injection).</summary>
internal static class ShopCsv
{
    public const string MediaType = "text/csv";
    public const string ContentType = MediaType + "; charset=utf-8";
    public const string DateTimeFormat = "yyyy-MM-dd HH:mm:ss";

    public static CsvWriter Writer(Stream body) => CsvWriter.Create(body, new CsvWriterOptions
    {
        Separator = ',',
        NewLine = "\r\n",
        WriteByteOrderMark = true,
        Injection = CsvInjection.Escape,
        FormatProvider = CultureInfo.InvariantCulture,
    }, leaveOpen: true);

    /// <summary>Reads a file with a header row; the separator is the comma or, as some spreadsheets
    /// save CSV, the semicolon, told apart by the header row.</summary>
    public static CsvReader Reader(ReadOnlyMemory<byte> file) => CsvReader.Create(file, new CsvReaderOptions
    {
        Separator = SeparatorOf(file.Span),
        TrackLineNumbers = true,
        TrimWhitespace = true,
        FormatProvider = CultureInfo.InvariantCulture,
    });

    public static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Instant(DateTimeOffset instant) => instant.UtcDateTime.ToString(DateTimeFormat, CultureInfo.InvariantCulture);

    private static char SeparatorOf(ReadOnlySpan<byte> file)
    {
        var end = file.IndexOfAny((byte)'\r', (byte)'\n');
        var header = end < 0 ? file : file[..end];
        return header.Count((byte)';') > header.Count((byte)',') ? ';' : ',';
    }
}
