using System.Text.Json.Serialization;

namespace CloudRetail.Payments.Domain;

/// <summary>Who takes the money, chosen by PAYMENT_PROVIDER.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PaymentProviderKind>))]
internal enum PaymentProviderKind
{
    /// <summary>The client says SUCCESS or FAILED (a compatibility contract: docs/compatibility.md). Development and tests only.</summary>
    [JsonStringEnumMemberName("MOCK")] Mock,
    /// <summary>Cash on delivery: paying confirms the order with the money due; delivery collects it.</summary>
    [JsonStringEnumMemberName("COD")] Cod,
    /// <summary>Card-style: an intent now, the outcome later through a signed webhook.</summary>
    [JsonStringEnumMemberName("CARD_SIMULATOR")] CardSimulator,
}

internal static class PaymentProviderKinds
{
    /// <summary>The name in configuration, JSON and payment records.</summary>
    public static string Name(this PaymentProviderKind kind) => kind switch
    {
        PaymentProviderKind.Mock => "MOCK",
        PaymentProviderKind.Cod => "COD",
        _ => "CARD_SIMULATOR",
    };
}
