using System.Text.Json.Serialization;
using CloudRetail.BuildingBlocks.Naming;

namespace CloudRetail.Payments.Domain;

/// <summary>Who takes the money, chosen by PAYMENT_PROVIDER; in configuration, JSON and payment
/// records MOCK, COD, CARD_SIMULATOR (<see cref="UpperCaseNames"/>).</summary>
[JsonConverter(typeof(UpperCaseEnumConverter<PaymentProviderKind>))]
internal enum PaymentProviderKind
{
    /// <summary>The client says SUCCESS or FAILED (a compatibility contract: docs/compatibility.md). Development and tests only.</summary>
    Mock,
    /// <summary>Cash on delivery: paying confirms the order with the money due; delivery collects it.</summary>
    Cod,
    /// <summary>Card-style: an intent now, the outcome later through a signed webhook.</summary>
    CardSimulator,
}
