namespace CloudRetail.Testing;

/// <summary>A stand-in for the built web app: an index page and one content-hashed bundle, in a
/// fresh directory the test host serves as STOREFRONT_ROOT.</summary>
public static class TestStorefront
{
    public const string Origin = "http://localhost:4200";
    public const string IndexMarker = "<app-root>test storefront</app-root>";
    public const string HashedBundle = "main-ABCD1234.js";

    public static string Create()
    {
        var root = Path.Combine(Path.GetTempPath(), $"cloudretail-storefront-{Guid.NewGuid():N}");
        Directory.CreateDirectory(root);
        File.WriteAllText(Path.Combine(root, "index.html"), $"<!doctype html><html><body>{IndexMarker}</body></html>");
        File.WriteAllText(Path.Combine(root, HashedBundle), "console.log('storefront');");
        File.WriteAllText(Path.Combine(root, "favicon.ico"), "icon");
        return root;
    }
}
