using System.Text.Json;
using System.Text.Json.Serialization;

namespace CloudRetail.Orders.Endpoints;

/// <summary>The bodies Orders' endpoints read and write, described at build time (JsonTypes).
/// The price changes and the named bad fields ride in checkout's problems as extensions, so they are listed too.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(CheckoutRequest))]
[JsonSerializable(typeof(ShipOrderRequest))]
[JsonSerializable(typeof(StaffCancelRequest))]
[JsonSerializable(typeof(OrderChanged))]
[JsonSerializable(typeof(OrderView))]
[JsonSerializable(typeof(OrderPage))]
[JsonSerializable(typeof(OrderHistoryView))]
[JsonSerializable(typeof(SweepResult))]
[JsonSerializable(typeof(StatusIndexPage))]
[JsonSerializable(typeof(QuoteRequest))]
[JsonSerializable(typeof(OrderQuote))]
[JsonSerializable(typeof(List<Quoting.PriceChange>))]
[JsonSerializable(typeof(Dictionary<string, string[]>))]
[JsonSerializable(typeof(List<Quoting.CurrencyChange>))]
internal sealed partial class OrdersJson : JsonSerializerContext;
