using System.Text.RegularExpressions;
using CloudRetail.Addresses;
using CloudRetail.Pricing.Domain;
using FluentValidation;

namespace CloudRetail.Pricing.Endpoints;

/// <param name="ShippingMethodId">Required when adding (a-z, 0-9 and '-', e.g. "standard"); ignored when changing, where the path names it.</param>
/// <param name="Countries">Where it delivers (ISO 3166-1 alpha-2); required unless it needs no address.</param>
internal sealed record ShippingMethodRequest(
    string Name, decimal Price, string Currency, IReadOnlyList<string>? Countries = null, decimal? FreeAbove = null,
    int MinDays = 0, int MaxDays = 0, bool Active = true, bool RequiresAddress = true, string? ShippingMethodId = null)
{
    public ShippingOption ToOption(string id) => new(id, Name.Trim(), Price, Currency,
        RequiresAddress ? (Countries ?? []).Select(c => c.Trim().ToUpperInvariant()).Distinct().Order(StringComparer.Ordinal).ToList() : [],
        FreeAbove, MinDays, MaxDays, Active, RequiresAddress);
}

/// <param name="Country">Required when adding; ignored when changing, where the path's id names the place.</param>
/// <param name="Percent">19 for 19 %.</param>
internal sealed record TaxRateRequest(string Name, decimal Percent, string? Country = null, string? Region = null);

/// <param name="Code">Required when adding; ignored when changing. Case-insensitive.</param>
/// <param name="Value">The percentage (PERCENT) or the amount (AMOUNT) off the goods.</param>
/// <param name="Currency">Required for AMOUNT and for a minimum subtotal.</param>
internal sealed record DiscountCodeRequest(
    DiscountKind Kind, decimal Value, string? Currency = null, decimal? MinSubtotal = null, DateTimeOffset? StartsAt = null, DateTimeOffset? EndsAt = null,
    int? RedemptionLimit = null, int? PerShopperLimit = null, bool Active = true, string? Code = null)
{
    public DiscountCodeState ToState(string code) =>
        new(code, Kind, Value, Currency, MinSubtotal, StartsAt, EndsAt, RedemptionLimit, PerShopperLimit, Active, 0, 0);
}

internal static partial class PricingIds
{
    public const string ShippingMethodRule = "shippingMethodId must be 1 to 40 lower-case letters, digits or '-', starting with a letter or digit";
    public const string TaxRateRule = "taxRateId must be a country code, or a country and region code such as US-CA";
    public const string CurrencyRule = "currency must be an ISO 4217 code such as USD";
    public const string RegionRule = "region must be the ISO 3166-2 subdivision code without the country: 1 to 3 letters or digits";

    public static bool IsShippingMethodId(string? id) => id is not null && ShippingMethodShape().IsMatch(id);

    public static bool IsTaxRateId(string? id) => id is not null && TaxRateShape().IsMatch(id) && Countries.IsKnown(id[..2]);

    public static bool IsCurrency(string? code) => code is not null && CurrencyShape().IsMatch(code);

    public static bool IsRegion(string? region) => region is not null && RegionShape().IsMatch(region);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,39}$")]
    private static partial Regex ShippingMethodShape();

    [GeneratedRegex("^[A-Z]{2}(-[A-Z0-9]{1,3})?$")]
    private static partial Regex TaxRateShape();

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyShape();

    [GeneratedRegex("^[A-Za-z0-9]{1,3}$")]
    private static partial Regex RegionShape();
}

internal sealed class ShippingMethodValidator : AbstractValidator<ShippingMethodRequest>
{
    public ShippingMethodValidator()
    {
        RuleFor(r => r.ShippingMethodId).Must(PricingIds.IsShippingMethodId).When(r => r.ShippingMethodId is not null).WithMessage(PricingIds.ShippingMethodRule);
        RuleFor(r => r.Name).NotEmpty().MaximumLength(80);
        RuleFor(r => r.Price).GreaterThanOrEqualTo(0).LessThanOrEqualTo(100_000m);
        RuleFor(r => r.Currency).Must(PricingIds.IsCurrency).WithMessage(PricingIds.CurrencyRule);
        RuleFor(r => r.Countries).NotEmpty().When(r => r.RequiresAddress).WithMessage("countries must name where the method delivers (ISO 3166-1 alpha-2 codes)");
        RuleForEach(r => r.Countries).Must(Countries.IsKnown).WithMessage("countries must be ISO 3166-1 alpha-2 codes such as US or DE");
        RuleFor(r => r.FreeAbove).GreaterThanOrEqualTo(0);
        RuleFor(r => r.MinDays).InclusiveBetween(0, 365);
        RuleFor(r => r.MaxDays).InclusiveBetween(0, 365).GreaterThanOrEqualTo(r => r.MinDays).WithMessage("maxDays must be between minDays and 365");
    }
}

internal sealed class TaxRateValidator : AbstractValidator<TaxRateRequest>
{
    public TaxRateValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(40);
        RuleFor(r => r.Percent).InclusiveBetween(0m, 100m).WithMessage("percent must be between 0 and 100");
        RuleFor(r => r.Country).Must(Countries.IsKnown).When(r => r.Country is not null).WithMessage("country must be an ISO 3166-1 alpha-2 code such as DE");
        RuleFor(r => r.Region).Must(PricingIds.IsRegion).When(r => r.Region is not null).WithMessage(PricingIds.RegionRule);
    }
}

internal sealed class DiscountCodeValidator : AbstractValidator<DiscountCodeRequest>
{
    public DiscountCodeValidator()
    {
        RuleFor(r => r.Code).Must(DiscountCodes.IsWellFormed).When(r => r.Code is not null).WithMessage("code must be 3 to 32 letters, digits, '-' or '_'");
        RuleFor(r => r.Value).GreaterThan(0);
        RuleFor(r => r.Value).LessThanOrEqualTo(100).When(r => r.Kind == DiscountKind.Percent).WithMessage("value of a PERCENT code must be at most 100");
        RuleFor(r => r.Currency).NotEmpty().When(r => r.Kind == DiscountKind.Amount || r.MinSubtotal is not null)
            .WithMessage("currency is required for an AMOUNT code and for a minimum subtotal");
        RuleFor(r => r.Currency).Must(PricingIds.IsCurrency).When(r => r.Currency is not null).WithMessage(PricingIds.CurrencyRule);
        RuleFor(r => r.MinSubtotal).GreaterThanOrEqualTo(0);
        RuleFor(r => r.EndsAt).GreaterThan(r => r.StartsAt).When(r => r.StartsAt is not null && r.EndsAt is not null).WithMessage("endsAt must be after startsAt");
        RuleFor(r => r.RedemptionLimit).GreaterThanOrEqualTo(1);
        RuleFor(r => r.PerShopperLimit).GreaterThanOrEqualTo(1);
    }
}
