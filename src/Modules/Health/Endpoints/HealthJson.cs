using System.Text.Json;
using System.Text.Json.Serialization;

namespace CloudRetail.Health.Endpoints;

/// <summary>The bodies Health's endpoints write, described at build time (JsonTypes).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(HealthStatus))]
[JsonSerializable(typeof(Readiness))]
[JsonSerializable(typeof(RoundTrip))]
internal sealed partial class HealthJson : JsonSerializerContext;
