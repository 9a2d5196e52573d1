using System.Globalization;
using CloudRetail.BuildingBlocks.Http;
using CloudRetail.Orders;
using CloudRetail.Spreadsheets.Csv;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CloudRetail.Spreadsheets.Endpoints;

/// <summary>The export's query: a period of whole days (UTC, inclusive) and optionally one status.
/// A class with settable properties: the request delegate generator does not compile a record's
/// nullable constructor parameters.</summary>
internal sealed class OrderExportQuery
{
    public const string DateFormat = "yyyy-MM-dd";
    public const int MaxDays = 366;

    [FromQuery(Name = "from")]
    public string? From { get; init; }

    [FromQuery(Name = "to")]
    public string? To { get; init; }

    [FromQuery(Name = "status")]
    public string? Status { get; init; }

    public static DateOnly? Date(string? value) =>
        DateOnly.TryParseExact(value, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public static OrderStatus? StatusOf(string? value) =>
        Enum.TryParse<OrderStatus>(value, ignoreCase: true, out var status) && value!.All(char.IsLetter) ? status : null;
}

internal sealed class OrderExportQueryValidator : AbstractValidator<OrderExportQuery>
{
    public OrderExportQueryValidator()
    {
        RuleFor(q => q.From).Must(d => OrderExportQuery.Date(d) is not null).WithMessage($"from must be a date ({OrderExportQuery.DateFormat})");
        RuleFor(q => q.To).Must(d => OrderExportQuery.Date(d) is not null).WithMessage($"to must be a date ({OrderExportQuery.DateFormat})");
        RuleFor(q => q).Must(q => OrderExportQuery.Date(q.From) is not { } from || OrderExportQuery.Date(q.To) is not { } to
                || (from <= to && to.DayNumber - from.DayNumber < OrderExportQuery.MaxDays))
            .OverridePropertyName("to").WithMessage($"to must not be before from, and the period at most {OrderExportQuery.MaxDays} days");
        RuleFor(q => q.Status).Must(s => s is null || OrderExportQuery.StatusOf(s) is not null)
            .WithMessage($"status must be one of {string.Join(", ", Enum.GetNames<OrderStatus>().Select(n => n.ToUpperInvariant()))}");
    }
}

/// <summary>Orders placed in a period as CSV, one row per order with its breakdown, streamed as the
/// by-status index is read (never the whole table).</summary>
internal static class ExportOrders
{
    private static readonly string[] Header =
        ["orderId", "placedAt", "status", "customerEmail", "units", "subtotal", "discount", "discountCode", "shipping", "tax", "total", "currency", "shipToCountry"];

    public static PushStreamHttpResult Handle([AsParameters] OrderExportQuery query, IOrders orders, CancellationToken cancellationToken)
    {
        var from = OrderExportQuery.Date(query.From)!.Value;
        var to = OrderExportQuery.Date(query.To)!.Value;
        var status = OrderExportQuery.StatusOf(query.Status);
        return TypedResults.Stream(async body =>
        {
            await using var csv = ShopCsv.Writer(body);
            await csv.WriteRecordAsync(Header, cancellationToken);
            var placed = orders.PlacedBetweenAsync(Start(from), Start(to.AddDays(1)).AddTicks(-1), status, cancellationToken);
            await foreach (var order in placed)
            {
                await csv.WriteRecordAsync(Row(order), cancellationToken);
            }
        }, ShopCsv.ContentType, $"orders-{query.From}-to-{query.To}{(status is { } s ? $"-{s.ToString().ToLowerInvariant()}" : "")}.csv");
    }

    private static DateTimeOffset Start(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>An order placed before orders had a breakdown shows its lines' sum as subtotal and total.</summary>
    private static string[] Row(OrderSummary order)
    {
        var price = order.Price;
        return
        [
            order.OrderId, ShopCsv.Instant(order.CreatedAt), order.Status.ToString().ToUpperInvariant(), order.UserEmail,
            order.Lines.Sum(l => l.Qty).ToString(CultureInfo.InvariantCulture),
            ShopCsv.Money(price?.Subtotal ?? order.TotalAmount), ShopCsv.Money(price?.Discount ?? 0m), price?.DiscountCode ?? "",
            ShopCsv.Money(price?.ShippingAmount ?? 0m), ShopCsv.Money(price?.Tax ?? 0m), ShopCsv.Money(order.TotalAmount), order.Currency,
            order.DeliveryAddress?.Country ?? "",
        ];
    }
}
