using System.Globalization;
using CloudRetail.Analytics.Domain;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;

namespace CloudRetail.Analytics.Endpoints;

/// <summary>The dashboard's query parameters (a class with settable properties: the request delegate
/// generator does not compile a record's nullable constructor parameters).</summary>
internal sealed class DashboardQuery
{
    public static readonly string[] Periods = ["today", "7d", "30d", "custom"];

    /// <summary>today (the default), 7d, 30d (each ending today) or custom (with from and to).</summary>
    [FromQuery(Name = "period")]
    public string? Period { get; init; }

    /// <summary>custom only: the first day (YYYY-MM-DD, the shop's time zone), inclusive.</summary>
    [FromQuery(Name = "from")]
    public string? From { get; init; }

    /// <summary>custom only: the last day (YYYY-MM-DD), inclusive; at most 366 days after from.</summary>
    [FromQuery(Name = "to")]
    public string? To { get; init; }

    /// <summary>true to check stock drift as well (reads the unpaid orders: see the description).</summary>
    [FromQuery(Name = "drift")]
    public bool? Drift { get; init; }

    public static DateOnly? Date(string? value) =>
        DateOnly.TryParseExact(value, ShopDays.Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}

internal sealed class DashboardQueryValidator : AbstractValidator<DashboardQuery>
{
    public DashboardQueryValidator()
    {
        RuleFor(q => q.Period).Must(p => p is null || DashboardQuery.Periods.Contains(p))
            .WithMessage($"period must be one of {string.Join(", ", DashboardQuery.Periods)}");
        When(q => q.Period == "custom", () =>
        {
            RuleFor(q => q.From).Must(d => DashboardQuery.Date(d) is not null).WithMessage($"from must be a date ({ShopDays.Format}) for a custom period");
            RuleFor(q => q.To).Must(d => DashboardQuery.Date(d) is not null).WithMessage($"to must be a date ({ShopDays.Format}) for a custom period");
            RuleFor(q => q).Must(q => DashboardQuery.Date(q.From) is not { } from || DashboardQuery.Date(q.To) is not { } to || from <= to)
                .OverridePropertyName("to").WithMessage("to must not be before from");
            RuleFor(q => q).Must(q => DashboardQuery.Date(q.From) is not { } from || DashboardQuery.Date(q.To) is not { } to
                    || new Period(from, to).Days <= Domain.Period.MaxDays)
                .OverridePropertyName("to").WithMessage($"a custom period covers at most {Domain.Period.MaxDays} days");
        }).Otherwise(() =>
        {
            RuleFor(q => q.From).Null().WithMessage("from is for a custom period only (period=custom)");
            RuleFor(q => q.To).Null().WithMessage("to is for a custom period only (period=custom)");
        });
    }
}
