using CloudRetail.BuildingBlocks.Http;

namespace CloudRetail.Payments.Domain;

internal static class PaymentIds
{
    public static readonly PrefixedId Format = new("paymentId", "PAY-");
}
