using System.Text.RegularExpressions;
using CloudRetail.Api.Security;
using CloudRetail.BuildingBlocks;
using Microsoft.Extensions.FileProviders;

namespace CloudRetail.Api.Storefront;

/// <summary>Serves the built web app from <c>STOREFRONT_ROOT</c> (default wwwroot under the content
/// root), so the browser sees one origin. Deep links the app routes itself (/orders/42) answer its
/// index.html; API, OpenAPI, Swagger and internal paths never do, so an unknown API path stays a
/// problem+json 404. Without the directory the API serves no files and starts as usual.</summary>
internal static partial class StorefrontFiles
{
    private const string IndexFile = "index.html";
    private static readonly PathString IndexPath = new("/" + IndexFile);
    private static readonly string[] NeverFallBack = ["/api", "/openapi", "/swagger", "/internal"];

    public static WebApplication UseStorefrontFiles(this WebApplication app)
    {
        var root = Path.Combine(app.Environment.ContentRootPath, app.Configuration.Setting(ShopSettings.StorefrontRoot, "wwwroot"));
        return File.Exists(Path.Combine(root, IndexFile)) ? app.ServeStorefront(root) : app;
    }

    /// <summary>Apart from <see cref="UseStorefrontFiles"/> so that an API without the web app (Lambda)
    /// does not load the static-files middleware at start-up.</summary>
    private static WebApplication ServeStorefront(this WebApplication app, string root)
    {
        var files = new PhysicalFileProvider(Path.GetFullPath(root));
        var pictures = PicturesPreconnect(app.Configuration);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UsePrecompressedCopies(files);
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            ContentTypeProvider = PrecompressedFiles.ContentTypes,
            OnPrepareResponse = file => Describe(file.Context, file.File.Name, pictures),
        });
        app.Use(async (context, next) =>
        {
            if (context.GetEndpoint() is null && IsAppNavigation(context.Request))
            {
                var page = PrecompressedFiles.Choose(files, context.Request, IndexPath) ?? IndexPath;
                Describe(context, page.Value!, pictures);
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.SendFileAsync(files.GetFileInfo(page.Value!), context.RequestAborted);
                return;
            }
            await next(context);
        });
        return app;
    }

    private static void Describe(HttpContext context, string fileName, string? pictures)
    {
        PrecompressedFiles.Describe(context.Response, fileName);
        var original = PrecompressedFiles.OriginalName(fileName);
        SetCaching(context, original);
        if (pictures is not null && original.EndsWith(".html", StringComparison.Ordinal))
        {
            context.Response.Headers.Link = pictures;
        }
    }

    /// <summary>Product pictures come pre-signed from the bucket's own origin, which the page learns
    /// only from its first API answer; opening that connection while the page loads saves a phone one
    /// round trip before the first picture, the largest thing most pages paint.</summary>
    private static string? PicturesPreconnect(IConfiguration configuration) =>
        SecurityHeaders.PictureOrigin(configuration) is { Length: > 0 } origin ? $"<{origin}>; rel=preconnect" : null;

    /// <summary>A browser navigating to a page of the app: a GET for HTML outside the server's own paths.</summary>
    internal static bool IsAppNavigation(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        && !NeverFallBack.Any(prefix => request.Path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase))
        && request.GetTypedHeaders().Accept.Any(accept => accept.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    /// <summary>Angular names its bundles and fonts by content hash (main-3JQ4OHSC.js), so they never
    /// change and may be kept a year; index.html and unhashed files must be checked on every visit.</summary>
    private static void SetCaching(HttpContext context, string fileName) =>
        context.Response.Headers.CacheControl = HashedName().IsMatch(fileName)
            ? "public, max-age=31536000, immutable"
            : "no-cache";

    [GeneratedRegex(@"-[A-Z0-9]{8}\.(js|css|mjs|woff2)$")]
    private static partial Regex HashedName();
}
