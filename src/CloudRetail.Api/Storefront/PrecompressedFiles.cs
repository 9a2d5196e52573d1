using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace CloudRetail.Api.Storefront;

/// <summary>The build writes a brotli and a gzip copy beside every text file of the web app
/// (web/scripts/precompress.mjs, at the highest levels). A request for such a file is answered with
/// the copy the browser accepts, brotli first, marked with <c>Content-Encoding</c> and
/// <c>Vary: Accept-Encoding</c>: a phone on a slow network fetches about a third of the bytes, and the
/// server compresses nothing per request. The static-files middleware then serves the copy as it
/// would the file (ranges, ETag, caching), with the original's content type.</summary>
internal static class PrecompressedFiles
{
    private static readonly (string Suffix, string Encoding)[] Copies = [(".br", "br"), (".gz", "gzip")];
    private static readonly FileExtensionContentTypeProvider KnownTypes = new();

    /// <summary>The original's type for a copy (main.js.br is JavaScript), so only files with a type
    /// the middleware knows are ever served, compressed or not.</summary>
    public static readonly IContentTypeProvider ContentTypes = new OriginalContentType();

    /// <summary>Points a request for a file at its compressed copy when the browser accepts one.</summary>
    public static IApplicationBuilder UsePrecompressedCopies(this IApplicationBuilder app, IFileProvider files) =>
        app.Use((context, next) =>
        {
            if (Choose(files, context.Request, context.Request.Path) is { } copy)
            {
                context.Request.Path = copy;
            }
            return next(context);
        });

    /// <summary>The path of the copy of <paramref name="path"/> to send for this request, or null to
    /// send the file itself.</summary>
    public static PathString? Choose(IFileProvider files, HttpRequest request, PathString path)
    {
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            || !Path.HasExtension(path.Value) || EncodingOf(path.Value!) is not null)
        {
            return null;
        }
        foreach (var (suffix, encoding) in Copies)
        {
            if (Accepts(request, encoding) && files.GetFileInfo(path.Value + suffix).Exists)
            {
                return new PathString(path.Value + suffix);
            }
        }
        return null;
    }

    /// <summary>Marks a response whose file is a compressed copy; every file response varies by
    /// Accept-Encoding, so a cache never hands brotli to a browser that did not ask for it.</summary>
    public static void Describe(HttpResponse response, string fileName)
    {
        response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding);
        if (EncodingOf(fileName) is { } encoding)
        {
            response.Headers.ContentEncoding = encoding;
        }
    }

    /// <summary>main-3JQ4OHSC.js for main-3JQ4OHSC.js.br: what the copy stands for.</summary>
    public static string OriginalName(string fileName) =>
        Copies.FirstOrDefault(copy => fileName.EndsWith(copy.Suffix, StringComparison.Ordinal)) is { Suffix: { } suffix }
            ? fileName[..^suffix.Length]
            : fileName;

    private static string? EncodingOf(string fileName) =>
        Copies.FirstOrDefault(copy => fileName.EndsWith(copy.Suffix, StringComparison.Ordinal)).Encoding;

    /// <summary>Whether Accept-Encoding names the encoding (or *) without q=0.</summary>
    private static bool Accepts(HttpRequest request, string encoding)
    {
        var accepted = request.GetTypedHeaders().AcceptEncoding;
        var entry = accepted.FirstOrDefault(value => value.Value.Equals(encoding, StringComparison.OrdinalIgnoreCase))
            ?? accepted.FirstOrDefault(value => value.Value.Equals("*", StringComparison.Ordinal));
        return entry is not null && (entry.Quality ?? 1) > 0;
    }

    private sealed class OriginalContentType : IContentTypeProvider
    {
        public bool TryGetContentType(string subpath, out string contentType) =>
            KnownTypes.TryGetContentType(OriginalName(subpath), out contentType!);
    }
}
