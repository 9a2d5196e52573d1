using System.Text.Json;
using System.Text.Json.Serialization;

namespace CloudRetail.Inventory.Endpoints;

/// <summary>The bodies Inventory's endpoints read and write, described at build time (JsonTypes).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(SetStockRequest))]
[JsonSerializable(typeof(AdjustStockRequest))]
[JsonSerializable(typeof(StockLevel))]
[JsonSerializable(typeof(StockView))]
[JsonSerializable(typeof(StockUpdated))]
[JsonSerializable(typeof(StockMovementPage))]
[JsonSerializable(typeof(ReconciliationReport))]
[JsonSerializable(typeof(ReconciliationRepair))]
internal sealed partial class InventoryJson : JsonSerializerContext;
