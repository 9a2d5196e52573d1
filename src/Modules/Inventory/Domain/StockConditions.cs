using CloudRetail.BuildingBlocks.Persistence;

namespace CloudRetail.Inventory.Domain;

/// <summary>A count or repair was refused: the level moved since it was read; read again.</summary>
internal sealed record StockMovedMeanwhile(string ProductId) : ConditionFailure;

/// <summary>A ledger entry's id was taken: ids are time plus a random part, so this is a bug.</summary>
internal sealed record LedgerEntryExists(string ProductId) : ConditionFailure;
