using System.Text.Json.Serialization;

namespace CloudRetail.Payments.Domain;

internal static class PaymentStatus
{
    public const string Success = "SUCCESS";
    public const string Failed = "FAILED";

    public static readonly string[] All = [Success, Failed];
}

/// <summary>One payment attempt for an order, as the seed's Payments table kept it.</summary>
internal sealed record Payment(
    string PaymentId, string OrderId, string UserId, decimal Amount, string Currency, string Status, string Provider, DateTimeOffset CreatedAt)
{
    [JsonIgnore]
    public bool Succeeded => Status == PaymentStatus.Success;
}
