using System.Text.Json;
using System.Text.Json.Serialization;

namespace CloudRetail.Orders.Endpoints;

/// <summary>The bodies Orders' endpoints read and write, described at build time (JsonTypes).
/// The price changes ride in checkout's 409 problem as an extension, so they are listed too.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(CheckoutRequest))]
[JsonSerializable(typeof(ShipOrderRequest))]
[JsonSerializable(typeof(StaffCancelRequest))]
[JsonSerializable(typeof(OrderChanged))]
[JsonSerializable(typeof(OrderView))]
[JsonSerializable(typeof(OrderPage))]
[JsonSerializable(typeof(SweepResult))]
[JsonSerializable(typeof(List<PriceChange>))]
[JsonSerializable(typeof(List<CurrencyChange>))]
internal sealed partial class OrdersJson : JsonSerializerContext;
