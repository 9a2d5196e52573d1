using System.Security.Claims;
using CloudRetail.BuildingBlocks.Http;
using CloudRetail.BuildingBlocks.Security;
using CloudRetail.Catalog;
using CloudRetail.Spreadsheets.Import;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace CloudRetail.Spreadsheets.Endpoints;

internal static class ImportProducts
{
    public const int MaxFileBytes = 2 * 1024 * 1024;

    public static async Task<Results<Ok<ImportReport>, ProblemHttpResult>> Handle(
        HttpRequest request, [FromQuery] bool? dryRun, ClaimsPrincipal user, ICatalog catalog, ProductImport import, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType) || !mediaType.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase))
        {
            return ShopProblems.Problem(StatusCodes.Status415UnsupportedMediaType, "Send the file as the body with 'Content-Type: text/csv'");
        }
        if (await ReadAsync(request.Body, cancellationToken) is not { } file)
        {
            return ShopProblems.Problem(StatusCodes.Status413PayloadTooLarge, $"The file is larger than {MaxFileBytes / 1024 / 1024} MiB: split it");
        }
        var checkedFile = ProductFile.Read(file, catalog.CheckProduct);
        var (report, stoppedAt) = await import.RunAsync(checkedFile, dryRun ?? false, user.ShopperId(), cancellationToken);
        if (stoppedAt is not null)
        {
            return ShopProblems.Conflict($"The import stopped at line {stoppedAt.Line}: {stoppedAt.Reason}. The rows before it are imported; send the same file again to finish",
                new Dictionary<string, object?> { ["problems"] = new List<RowProblem> { stoppedAt } });
        }
        if (report.Problems.Count > 0 && !report.DryRun)
        {
            return ShopProblems.Problem(StatusCodes.Status422UnprocessableEntity,
                $"The file has {report.Problems.Select(p => p.Line).Distinct().Count()} bad rows; nothing was imported",
                new Dictionary<string, object?> { ["problems"] = report.Problems });
        }
        return TypedResults.Ok(report);
    }

    /// <summary>The whole body, or null past <see cref="MaxFileBytes"/>.</summary>
    private static async Task<ReadOnlyMemory<byte>?> ReadAsync(Stream body, CancellationToken cancellationToken)
    {
        using var file = new MemoryStream();
        var chunk = new byte[64 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (file.Length + read > MaxFileBytes)
            {
                return null;
            }
            file.Write(chunk, 0, read);
        }
        return file.ToArray();
    }
}
