using PdfSharp.Fonts;

namespace CloudRetail.Invoices.Pdf;

/// <summary>
/// The one typeface invoices use, Liberation Sans (SIL Open Font License 1.1; Pdf/Fonts), read from
/// this assembly: PDFsharp finds no fonts of its own on Linux, and a Lambda has none to find.
/// Whatever family is asked for gets it, regular or bold.
/// </summary>
internal sealed class InvoiceFonts : IFontResolver
{
    public const string Family = "Liberation Sans";
    private const string Regular = "LiberationSans-Regular", Bold = "LiberationSans-Bold";

    private static readonly Lock Installing = new();

    /// <summary>PDFsharp keeps one resolver for the process; set it once, before the first document.</summary>
    public static void Install()
    {
        lock (Installing)
        {
            if (GlobalFontSettings.FontResolver is not InvoiceFonts)
            {
                GlobalFontSettings.FontResolver = new InvoiceFonts();
            }
        }
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        // No italic face is shipped: PDFsharp slants the upright one when italic is asked for.
        new(bold ? Bold : Regular, mustSimulateBold: false, mustSimulateItalic: italic);

    public byte[] GetFont(string faceName)
    {
        using var stream = typeof(InvoiceFonts).Assembly.GetManifestResourceStream($"CloudRetail.Invoices.{faceName}.ttf")
            ?? throw new InvalidOperationException($"The font {faceName} is not embedded in {typeof(InvoiceFonts).Assembly.GetName().Name}");
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }
}
