using System.Text.Json;
using System.Text.Json.Serialization;

namespace CloudRetail.Analytics.Endpoints;

/// <summary>The bodies the dashboard writes, described at build time (JsonTypes).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(DashboardView))]
[JsonSerializable(typeof(Dictionary<string, string[]>))]
internal sealed partial class AnalyticsJson : JsonSerializerContext;
