using CloudRetail.Orders;
using CloudRetail.Payments.Domain;
using CloudRetail.Payments.Endpoints;

namespace CloudRetail.Payments.Tests;

/// <summary>What a refund is worth and when it is refused, decided from the order and the payment as read.</summary>
public sealed class RefundPlannerTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 12, 0, 0, TimeSpan.Zero);

    // Three mice for 30.00 with a 20.00 discount share: the line cost the shopper 10.00, a third of which no refund can pay exactly.
    private static readonly OrderSummary Order = new("O-1", "user-1", "ann@example.com", OrderStatus.Confirmed,
        [new OrderLine("P1", "Wireless Mouse", 3, 10.00m), new OrderLine("P2", "USB-C Cable", 1, 7.25m)], 17.25m, "USD", Now, "PAY-1",
        new Pricing.PriceBreakdown("USD", false,
            [new Pricing.PricedLine("P1", 3, 10.00m, 30.00m, 20.00m, 10.00m, [], 0m, 10.00m), new Pricing.PricedLine("P2", 1, 7.25m, 7.25m, 0m, 7.25m, [], 0m, 7.25m)],
            null, "TWENTY", 37.25m, 20.00m, 0m, 0m, 17.25m, []));

    private static readonly Payment Paid = new("PAY-1", "O-1", "user-1", 17.25m, "USD", PaymentStatus.Success, PaymentProviderKind.Mock, Now);

    private static RefundAsk Lines(params (string ProductId, int Qty)[] lines) => new(null, lines.Select(l => new RefundAskLine(l.ProductId, l.Qty)).ToList(), "damaged", "admin-1");

    /// <summary>Field names as the host names them (camelCase) or as FluentValidation does without it.</summary>
    private static bool Fails(RefundOrderValidator validator, RefundOrderRequest request, string field) =>
        validator.Validate(request).Errors.Any(e => string.Equals(e.PropertyName, field, StringComparison.OrdinalIgnoreCase));

    private static RefundAsk Amount(decimal amount) => new(amount, null, "goodwill", "admin-1");

    [Fact]
    public void A_refund_by_lines_is_worth_each_lines_units_at_what_was_paid_for_them()
    {
        var (plan, refusal) = RefundPlanner.Plan(Order, Paid, Lines(("P1", 1), ("P2", 1)));

        Assert.Null(refusal);
        Assert.Equal([("P1", 1, 3.33m), ("P2", 1, 7.25m)], plan!.Lines.Select(l => (l.ProductId, l.Qty, l.Amount)));
        Assert.Equal(10.58m, plan.Amount);
    }

    [Fact]
    public void The_last_units_of_a_line_take_what_earlier_refunds_left_of_it()
    {
        var twoRefunded = Paid with { Refunded = 6.67m, RefundedUnits = new Dictionary<string, int> { ["P1"] = 2 } };

        Assert.Equal(3.33m, RefundPlanner.Plan(Order, twoRefunded, Lines(("P1", 1))).Plan!.Amount);
    }

    [Fact]
    public void More_units_than_ordered_less_those_refunded_is_refused_naming_the_line()
    {
        var twoRefunded = Paid with { Refunded = 6.67m, RefundedUnits = new Dictionary<string, int> { ["P1"] = 2 } };

        var refusal = RefundPlanner.Plan(Order, twoRefunded, Lines(("P1", 2))).Refusal!;

        Assert.Equal((RefundRefusalKind.MoreUnitsThanLeft, "lines[0].qty"), (refusal.Kind, refusal.Field));
        Assert.Contains("only 1 of its 3 units", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void More_than_is_left_of_what_was_collected_is_refused_with_what_is_left()
    {
        var refusal = RefundPlanner.Plan(Order, Paid with { Refunded = 10m }, Amount(7.26m)).Refusal!;

        Assert.Equal((RefundRefusalKind.MoreThanCollected, 7.25m), (refusal.Kind, refusal.Refundable));
        Assert.Null(RefundPlanner.Plan(Order, Paid with { Refunded = 10m }, Amount(7.25m)).Refusal);
    }

    [Theory]
    [InlineData(nameof(PaymentStatus.Due))]
    [InlineData(nameof(PaymentStatus.Processing))]
    [InlineData(nameof(PaymentStatus.Failed))]
    [InlineData(nameof(PaymentStatus.Voided))]
    public void Nothing_is_refunded_on_a_payment_that_collected_nothing(string status) =>
        Assert.Equal(RefundRefusalKind.NotPaid, RefundPlanner.Plan(Order, Paid with { Status = Enum.Parse<PaymentStatus>(status) }, Amount(1m)).Refusal!.Kind);

    [Fact]
    public void A_product_not_in_the_order_and_an_amount_finer_than_cents_are_bad_fields()
    {
        Assert.Equal("lines[1].productId", RefundPlanner.Plan(Order, Paid, Lines(("P1", 1), ("P9", 1))).Refusal!.Field);
        Assert.Equal("amount", RefundPlanner.Plan(Order, Paid, Amount(1.005m)).Refusal!.Field);
    }

    [Fact]
    public void The_request_needs_a_reason_and_exactly_one_of_amount_or_lines()
    {
        var validator = new RefundOrderValidator();

        Assert.True(Fails(validator, new RefundOrderRequest(null, 1m), "Reason"));
        Assert.True(Fails(validator, new RefundOrderRequest("x"), "Amount"));
        Assert.True(Fails(validator, new RefundOrderRequest("x", 1m, [new("P1", 1)]), "Amount"));
        Assert.True(Fails(validator, new RefundOrderRequest("x", -1m), "Amount"));
        Assert.True(Fails(validator, new RefundOrderRequest("x", null, [new("P1", 0)]), "Lines[0].Qty"));
        Assert.True(Fails(validator, new RefundOrderRequest("x", null, [new("P1", 1), new("P1", 2)]), "Lines"));
        Assert.True(validator.Validate(new RefundOrderRequest("x", null, [new("P1", 1)])).IsValid);
        Assert.True(validator.Validate(new RefundOrderRequest("x", 12.50m)).IsValid);
    }
}
