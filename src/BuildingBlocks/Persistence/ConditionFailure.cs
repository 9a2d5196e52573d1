namespace CloudRetail.BuildingBlocks.Persistence;

/// <summary>
/// What a refused condition of a transaction means, in the words of the module that wrote it:
/// <c>StockShort(productId)</c>, <c>CartChanged</c>, <c>OrderMoved</c>. Every conditional write
/// names one, and a caller matches the outcome on these types, never on strings.
/// </summary>
public abstract record ConditionFailure;
