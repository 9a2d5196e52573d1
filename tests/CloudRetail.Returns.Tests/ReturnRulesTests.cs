using CloudRetail.Orders;
using CloudRetail.Returns.Domain;

namespace CloudRetail.Returns.Tests;

public sealed class ReturnRulesTests
{
    private static readonly DateTimeOffset Delivered = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Window = TimeSpan.FromDays(30);
    private static readonly Dictionary<string, int> NoneReturned = [];

    private static OrderSummary Order(OrderStatus status = OrderStatus.Delivered) => new(
        "O-1", "U-1", "u@example.com", status, [new OrderLine("MUG", "Mug", 2, 12.00m), new OrderLine("LAMP", "Lamp", 1, 30.00m)],
        54.00m, "USD", Delivered.AddDays(-3), "PAY-1", DeliveredAt: status == OrderStatus.Delivered ? Delivered : null);

    [Fact]
    public void A_delivered_line_within_the_window_may_be_returned_up_to_what_was_bought()
    {
        Assert.Null(ReturnRules.Check(Order(), [new ReturnLine("MUG", 2)], NoneReturned, Delivered + Window, Window));
    }

    [Theory]
    [InlineData(OrderStatus.Confirmed)]
    [InlineData(OrderStatus.Shipped)]
    [InlineData(OrderStatus.Cancelled)]
    public void An_order_not_delivered_cannot_be_returned(OrderStatus status)
    {
        var refusal = ReturnRules.Check(Order(status), [new ReturnLine("MUG", 1)], NoneReturned, Delivered, Window);

        Assert.Equal(ReturnRefusalKind.Conflict, refusal?.Kind);
        Assert.Contains("Only a delivered order", refusal!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_window_closes_its_length_after_the_delivery()
    {
        var refusal = ReturnRules.Check(Order(), [new ReturnLine("MUG", 1)], NoneReturned, Delivered + Window + TimeSpan.FromSeconds(1), Window);

        Assert.Equal("The return window of 30 days after delivery closed on 2026-12-01 12:00 UTC", refusal?.Message);
        Assert.Equal(Delivered + Window, ReturnRules.ReturnableUntil(Order(), Window));
        Assert.Null(ReturnRules.ReturnableUntil(Order(OrderStatus.Shipped), Window));
    }

    [Fact]
    public void A_line_not_in_the_order_or_beyond_what_was_bought_names_its_field()
    {
        var notALine = ReturnRules.Check(Order(), [new ReturnLine("MUG", 1), new ReturnLine("SOFA", 1)], NoneReturned, Delivered, Window);
        var tooMany = ReturnRules.Check(Order(), [new ReturnLine("LAMP", 2)], NoneReturned, Delivered, Window);

        Assert.Equal((ReturnRefusalKind.Invalid, "lines[1].productId"), (notALine?.Kind, notALine?.Field));
        Assert.Equal((ReturnRefusalKind.Invalid, "lines[0].quantity"), (tooMany?.Kind, tooMany?.Field));
    }

    [Fact]
    public void Units_already_asked_back_are_not_returnable_again()
    {
        var returned = new Dictionary<string, int> { ["MUG"] = 1 };

        var refusal = ReturnRules.Check(Order(), [new ReturnLine("MUG", 2)], returned, Delivered, Window);

        Assert.Equal(ReturnRefusalKind.Conflict, refusal?.Kind);
        Assert.Contains("only 1 of its 2 units are left to return", refusal!.Message, StringComparison.Ordinal);
        Assert.Null(ReturnRules.Check(Order(), [new ReturnLine("MUG", 1)], returned, Delivered, Window));
    }

    [Fact]
    public void Each_move_starts_from_one_status_and_only_a_rejection_gives_units_back_and_only_receiving_moves_stock()
    {
        Assert.Equal(
            [(ReturnStatus.Requested, ReturnStatus.Approved), (ReturnStatus.Requested, ReturnStatus.Rejected),
             (ReturnStatus.Approved, ReturnStatus.Received), (ReturnStatus.Received, ReturnStatus.Refunded)],
            ReturnTransitions.All.Select(t => (t.From, t.To)));
        Assert.Equal([ReturnTransitions.Reject], ReturnTransitions.All.Where(t => t.Effect == ReturnEffect.GiveUnitsBack));
        Assert.Equal([ReturnTransitions.Receive], ReturnTransitions.All.Where(t => t.Effect == ReturnEffect.Restock));
        var refunded = new Return("RT-1", "O-1", "U-1", ReturnStatus.Refunded, [], "x", "USD", Delivered);
        Assert.DoesNotContain(ReturnTransitions.All, t => t.AllowedFor(refunded));
    }
}
