using System.Globalization;
using CloudRetail.BuildingBlocks.Http;
using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.Identity;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Amazon.DynamoDBv2.Model;

namespace CloudRetail.Customers.Endpoints;

/// <summary>The search's query parameters. A class with settable properties rather than a positional
/// record: the request delegate generator writes <c>typeof(string?)</c> for a record's nullable
/// constructor parameters, which does not compile.</summary>
internal sealed class CustomerSearch
{
    /// <summary>An e-mail prefix (any case; the shop stores e-mails in lower case).</summary>
    [FromQuery(Name = "email")]
    public string? Email { get; init; }

    /// <summary>A date (YYYY-MM-DD, UTC), inclusive.</summary>
    [FromQuery(Name = "signedUpFrom")]
    public string? SignedUpFrom { get; init; }

    /// <summary>A date (YYYY-MM-DD, UTC), inclusive.</summary>
    [FromQuery(Name = "signedUpTo")]
    public string? SignedUpTo { get; init; }

    [FromQuery(Name = "limit")]
    public int? Limit { get; init; }

    [FromQuery(Name = "cursor")]
    public string? Cursor { get; init; }

    public const string DateFormat = "yyyy-MM-dd";

    public static DateOnly? Date(string? value) =>
        DateOnly.TryParseExact(value, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}

internal sealed class CustomerSearchValidator : AbstractValidator<CustomerSearch>
{
    public CustomerSearchValidator()
    {
        RuleFor(s => s.Email).MaximumLength(100).Matches("^[A-Za-z0-9@._+'-]*$")
            .WithMessage("email must be the start of an e-mail address (letters, digits and @ . _ + ' -)");
        RuleFor(s => s.SignedUpFrom).Must(d => d is null || CustomerSearch.Date(d) is not null)
            .WithMessage($"signedUpFrom must be a date ({CustomerSearch.DateFormat})");
        RuleFor(s => s.SignedUpTo).Must(d => d is null || CustomerSearch.Date(d) is not null)
            .WithMessage($"signedUpTo must be a date ({CustomerSearch.DateFormat})");
        RuleFor(s => s).Must(s => CustomerSearch.Date(s.SignedUpFrom) is not { } from || CustomerSearch.Date(s.SignedUpTo) is not { } to || from <= to)
            .OverridePropertyName("signedUpTo").WithMessage("signedUpTo must not be before signedUpFrom");
    }
}

internal static class ListCustomers
{
    private const string TokenKey = "cognito";

    /// <summary>Customers by e-mail prefix and sign-up date, a page at a time. The cursor wraps
    /// Cognito's own pagination token, sealed for this very search, so it cannot be replayed on another.</summary>
    public static async Task<Results<Ok<CustomerPage>, ValidationProblem>> Handle(
        [AsParameters] CustomerSearch search, ICustomerAccounts accounts, Paging paging, CancellationToken cancellationToken)
    {
        var prefix = search.Email?.Trim().ToLowerInvariant();
        var from = CustomerSearch.Date(search.SignedUpFrom);
        var to = CustomerSearch.Date(search.SignedUpTo);
        var listing = $"customers/{prefix}/{from}/{to}";
        if (paging.Read(search.Limit, search.Cursor, listing, out var page, "cursor") is { } invalid)
        {
            return invalid;
        }
        var query = new CustomerQuery(string.IsNullOrEmpty(prefix) ? null : prefix,
            from is { } f ? new DateTimeOffset(f.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
            to is { } t ? new DateTimeOffset(t.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
            Math.Min(page.Size, CustomerQuery.MaxLimit), page.StartKey?.GetValueOrDefault(TokenKey)?.S);
        var found = await accounts.ListAsync(query, cancellationToken);
        var next = found.Continuation is { } token ? paging.Encode(listing, new() { [TokenKey] = new AttributeValue { S = token } }) : null;
        return TypedResults.Ok(new CustomerPage(found.Accounts.Select(CustomerView.From).ToList(), found.Accounts.Count, next));
    }
}
