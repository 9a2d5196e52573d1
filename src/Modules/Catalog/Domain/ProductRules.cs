using System.Text.RegularExpressions;
using FluentValidation;

namespace CloudRetail.Catalog.Domain;

/// <summary>What makes product data acceptable, shared by create and update.</summary>
internal static partial class ProductRules
{
    public const decimal MaxPrice = 1_000_000m;
    public static readonly string[] PictureTypes = ["image/jpeg", "image/png", "image/webp", "image/gif"];

    /// <summary>The largest picture an admin may upload (5 MiB), bound into the upload URL's signature.</summary>
    public const int MaxPictureBytes = 5 * 1024 * 1024;

    public static IRuleBuilderOptions<T, string> ProductName<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage("name is required").MaximumLength(200);

    /// <summary>The longest description, in characters: a few paragraphs for the product's page.</summary>
    public const int MaxDescriptionLength = 2000;

    public static IRuleBuilderOptions<T, string?> ProductDescription<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(MaxDescriptionLength).WithMessage($"description must be at most {MaxDescriptionLength} characters");

    public static IRuleBuilderOptions<T, string> Category<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage("category is required").MaximumLength(100);

    public static IRuleBuilderOptions<T, decimal?> Price<T>(this IRuleBuilder<T, decimal?> rule) =>
        rule.NotNull().WithMessage("price is required")
            .GreaterThan(0).LessThanOrEqualTo(MaxPrice)
            .Must(p => p is null || decimal.Round(p.Value, 2) == p.Value).WithMessage("price has at most 2 decimal places");

    /// <summary>A product and all its search terms are written in one transaction, so their number is bounded.</summary>
    public static IRuleBuilderOptions<T, string> Searchable<T>(this IRuleBuilder<T, string> rule, Func<T, string?> category) =>
        rule.Must((request, name) => name is null || SearchTerms.Of(name, category(request) ?? "").Count <= SearchTerms.MaxPerProduct)
            .WithMessage($"name and category hold too many different words to index for search (at most {SearchTerms.MaxPerProduct} search terms): shorten the name");

    public static IRuleBuilderOptions<T, string> Currency<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage("currency is required")
            .Matches(CurrencyPattern()).WithMessage("currency must be an ISO 4217 code such as USD");

    public static IRuleBuilderOptions<T, string?> ImageKey<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(512)
            .Must(k => k is null || (ImageKeyPattern().IsMatch(k) && !k.Contains("..", StringComparison.Ordinal)))
            .WithMessage("imageKey must be an S3 key such as products/P001.jpg");

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyPattern();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9/._-]*$")]
    private static partial Regex ImageKeyPattern();
}
