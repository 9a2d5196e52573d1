using System.Text.Json;
using System.Text.Json.Serialization;
using CloudRetail.Spreadsheets.Import;

namespace CloudRetail.Spreadsheets.Endpoints;

/// <summary>The bodies the import writes, and the schema of its <c>dryRun</c> query parameter (the
/// OpenAPI document asks for it), described at build time (JsonTypes).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ImportReport))]
[JsonSerializable(typeof(bool?))]
[JsonSerializable(typeof(List<RowProblem>))]
[JsonSerializable(typeof(IReadOnlyList<RowProblem>))]
internal sealed partial class SpreadsheetsJson : JsonSerializerContext;
