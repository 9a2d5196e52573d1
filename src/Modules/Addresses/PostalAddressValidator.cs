using System.Text.RegularExpressions;
using FluentValidation;

namespace CloudRetail.Addresses;

/// <summary>The rules of a postal address, naming each bad field; the country decides whether
/// region and postal code are required. Public so that checkout checks an address written out in
/// its body by the same rules as the address book.</summary>
public sealed partial class PostalAddressValidator : AbstractValidator<PostalAddress>
{
    public PostalAddressValidator()
    {
        RuleFor(a => a.Name).NotEmpty().MaximumLength(100);
        RuleFor(a => a.Line1).NotEmpty().MaximumLength(100);
        RuleFor(a => a.Line2).MaximumLength(100);
        RuleFor(a => a.City).NotEmpty().MaximumLength(60);
        RuleFor(a => a.Country).Must(Countries.IsKnown).WithMessage("country must be an ISO 3166-1 alpha-2 code such as US, DE or SG");
        RuleFor(a => a.Region)
            .NotEmpty().When(a => Countries.RegionRequired.Contains(Code(a.Country)))
            .WithMessage(a => $"region is required for addresses in {Code(a.Country)}");
        RuleFor(a => a.Region)
            .Must(r => RegionCode().IsMatch(r!.Trim())).When(a => !string.IsNullOrWhiteSpace(a.Region))
            .WithMessage("region must be the ISO 3166-2 subdivision code without the country: 1 to 3 letters or digits, such as CA, ON or NSW");
        RuleFor(a => a.PostalCode)
            .NotEmpty().When(a => Countries.IsKnown(a.Country) && !Countries.WithoutPostalCodes.Contains(Code(a.Country)))
            .WithMessage(a => $"postalCode is required for addresses in {Code(a.Country)}");
        RuleFor(a => a.PostalCode)
            .Must((a, code) => Countries.PostalCodeProblem(Code(a.Country), code!) is null)
            .When(a => !string.IsNullOrWhiteSpace(a.PostalCode))
            .WithMessage(a => Countries.PostalCodeProblem(Code(a.Country), a.PostalCode!)!);
        RuleFor(a => a.Phone)
            .Must(p => Phone().IsMatch(p!.Trim())).When(a => !string.IsNullOrWhiteSpace(a.Phone))
            .WithMessage("phone must be 6 to 20 digits, spaces, dashes or brackets, optionally starting with +");
    }

    private static string Code(string? country) => (country ?? "").Trim().ToUpperInvariant();

    [GeneratedRegex("^[A-Za-z0-9]{1,3}$")]
    private static partial Regex RegionCode();

    [GeneratedRegex(@"^\+?[0-9 ()-]{6,20}$")]
    private static partial Regex Phone();
}
