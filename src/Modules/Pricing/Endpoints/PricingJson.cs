using System.Text.Json;
using System.Text.Json.Serialization;

namespace CloudRetail.Pricing.Endpoints;

/// <summary>The bodies Pricing's endpoints read and write, described at build time (JsonTypes).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ShippingMethodRequest))]
[JsonSerializable(typeof(ShippingOption))]
[JsonSerializable(typeof(ShippingMethodList))]
[JsonSerializable(typeof(TaxRateRequest))]
[JsonSerializable(typeof(TaxRate))]
[JsonSerializable(typeof(TaxRateList))]
[JsonSerializable(typeof(DiscountCodeRequest))]
[JsonSerializable(typeof(DiscountCodeView))]
[JsonSerializable(typeof(DiscountCodeList))]
[JsonSerializable(typeof(PricingDeleted))]
internal sealed partial class PricingJson : JsonSerializerContext;
