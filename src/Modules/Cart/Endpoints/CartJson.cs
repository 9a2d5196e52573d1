using System.Text.Json;
using System.Text.Json.Serialization;

namespace CloudRetail.Cart.Endpoints;

/// <summary>The bodies Cart's endpoints read and write, described at build time (JsonTypes).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(AddCartItemRequest))]
[JsonSerializable(typeof(UpdateCartItemRequest))]
[JsonSerializable(typeof(CartView))]
[JsonSerializable(typeof(CartChanged))]
[JsonSerializable(typeof(CartCleared))]
internal sealed partial class CartJson : JsonSerializerContext;
