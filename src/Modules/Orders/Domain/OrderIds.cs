using CloudRetail.BuildingBlocks.Http;

namespace CloudRetail.Orders.Domain;

internal static class OrderIds
{
    public static readonly PrefixedId Format = new("orderId", "O-");
}
