namespace CloudRetail.Inventory.Endpoints;

internal sealed record StockUpdated(string Message, StockLevel Inventory);
