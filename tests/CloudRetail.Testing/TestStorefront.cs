using System.IO.Compression;
using System.Text;

namespace CloudRetail.Testing;

/// <summary>A stand-in for the built web app: an index page and one content-hashed bundle, each with
/// the brotli and gzip copies the build writes beside it, in a fresh directory the test host serves
/// as STOREFRONT_ROOT.</summary>
public static class TestStorefront
{
    public const string Origin = "http://localhost:4200";
    public const string IndexMarker = "<app-root>test storefront</app-root>";
    public const string HashedBundle = "main-ABCD1234.js";
    public const string BundleText = "console.log('storefront');";

    public static string Create()
    {
        var root = Path.Combine(Path.GetTempPath(), $"cloudretail-storefront-{Guid.NewGuid():N}");
        Directory.CreateDirectory(root);
        WriteWithCopies(Path.Combine(root, "index.html"), $"<!doctype html><html><body>{IndexMarker}</body></html>");
        WriteWithCopies(Path.Combine(root, HashedBundle), BundleText);
        File.WriteAllText(Path.Combine(root, "favicon.ico"), "icon");
        return root;
    }

    private static void WriteWithCopies(string path, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        File.WriteAllBytes(path, bytes);
        using (var brotli = new BrotliStream(File.Create(path + ".br"), CompressionLevel.SmallestSize))
        {
            brotli.Write(bytes);
        }
        using var gzip = new GZipStream(File.Create(path + ".gz"), CompressionLevel.SmallestSize);
        gzip.Write(bytes);
    }
}
