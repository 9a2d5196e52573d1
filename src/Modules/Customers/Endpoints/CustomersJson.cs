using System.Text.Json;
using System.Text.Json.Serialization;

namespace CloudRetail.Customers.Endpoints;

/// <summary>The bodies the back office's customer endpoints write, described at build time (JsonTypes).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(CustomerView))]
[JsonSerializable(typeof(CustomerPage))]
[JsonSerializable(typeof(CustomerDetails))]
[JsonSerializable(typeof(Dictionary<string, string[]>))]
internal sealed partial class CustomersJson : JsonSerializerContext;
