using System.Text.Json;
using System.Text.Json.Serialization;

namespace CloudRetail.Returns.Endpoints;

/// <summary>The bodies Returns' endpoints read and write, described at build time (JsonTypes).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(RequestReturnRequest))]
[JsonSerializable(typeof(RejectReturnRequest))]
[JsonSerializable(typeof(ReceiveReturnRequest))]
[JsonSerializable(typeof(ReturnView))]
[JsonSerializable(typeof(ReturnChanged))]
[JsonSerializable(typeof(ReturnPage))]
[JsonSerializable(typeof(OrderReturns))]
[JsonSerializable(typeof(Dictionary<string, string[]>))]
internal sealed partial class ReturnsJson : JsonSerializerContext;
