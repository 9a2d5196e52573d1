using System.Security.Claims;
using CloudRetail.BuildingBlocks.Http;
using CloudRetail.Catalog;
using CloudRetail.Spreadsheets.Import;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Net.Http.Headers;
using Microsoft.OpenApi;
using System.Text.Json.Nodes;
using CloudRetail.Spreadsheets.Csv;

namespace CloudRetail.Spreadsheets.Endpoints;

internal static class ImportProducts
{
    public const int MaxFileBytes = 2 * 1024 * 1024;
    private const int ReadChunkBytes = 64 * 1024;

    public static async Task<Results<Ok<ImportReport>, ProblemHttpResult>> Handle(
        HttpRequest request, [FromQuery] bool? dryRun, ClaimsPrincipal user, ICatalog catalog, ProductImport import, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType) || !mediaType.MediaType.Equals(ShopCsv.MediaType, StringComparison.OrdinalIgnoreCase))
        {
            return ShopProblems.Problem(StatusCodes.Status415UnsupportedMediaType, "Send the file as the body with 'Content-Type: text/csv'");
        }
        // A file may be larger than the 64 KiB every other body is held to; a chunk more than the
        // file's limit lets this method answer the 413 itself, having read all but the last chunk.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodyLimit)
        {
            bodyLimit.MaxRequestBodySize = MaxFileBytes + ReadChunkBytes;
        }
        if (await ReadAsync(request.Body, cancellationToken) is not { } file)
        {
            return ShopProblems.Problem(StatusCodes.Status413PayloadTooLarge, $"The file is larger than {MaxFileBytes / 1024 / 1024} MiB: split it");
        }
        var checkedFile = ProductFile.Read(file, catalog.CheckProduct);
        var importId = $"IMPORT-{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(file.Span))[..16]}";
        var (report, stoppedAt) = await import.RunAsync(checkedFile, dryRun ?? false, Audit.AuditAdmin.Of(user), importId, cancellationToken);
        if (stoppedAt is not null)
        {
            return ShopProblems.Conflict($"The import stopped at line {stoppedAt.Line}: {stoppedAt.Reason}. The rows before it are imported; send the same file again to finish",
                new Dictionary<string, object?> { ["problems"] = new List<RowProblem> { stoppedAt } });
        }
        if (report.Problems.Count > 0 && !report.DryRun)
        {
            var badRows = report.Problems.Select(p => p.Line).Distinct().Count();
            return ShopProblems.Problem(StatusCodes.Status422UnprocessableEntity,
                $"The file has {badRows} bad {(badRows == 1 ? "row" : "rows")}; nothing was imported",
                new Dictionary<string, object?> { ["problems"] = report.Problems });
        }
        return TypedResults.Ok(report);
    }

    /// <summary>The request body in the OpenAPI document: a CSV file, with an example for "Try it out".</summary>
    public static Task DescribeBody(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description = "The CSV file.",
            Content = new Dictionary<string, OpenApiMediaType>
            {
                [ShopCsv.MediaType] = new()
                {
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                    Example = JsonValue.Create("productId,name,category,price,currency,stock\r\nLAMP-1,Brass desk lamp,Lighting,24.50,USD,12\r\n"),
                },
            },
        };
        return Task.CompletedTask;
    }

    /// <summary>The whole body, or null past <see cref="MaxFileBytes"/>.</summary>
    private static async Task<ReadOnlyMemory<byte>?> ReadAsync(Stream body, CancellationToken cancellationToken)
    {
        using var file = new MemoryStream();
        var chunk = new byte[ReadChunkBytes];
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
