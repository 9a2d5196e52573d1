using System.Text.Json;
using System.Text.Json.Serialization;

namespace CloudRetail.Audit.Endpoints;

/// <summary>The bodies the audit trail writes, described at build time (JsonTypes).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(AuditPage))]
[JsonSerializable(typeof(Dictionary<string, string[]>))]
internal sealed partial class AuditJson : JsonSerializerContext;
