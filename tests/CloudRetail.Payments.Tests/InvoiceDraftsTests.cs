using CloudRetail.Orders;
using CloudRetail.Payments.Settlement;

namespace CloudRetail.Payments.Tests;

/// <summary>The one mapping from an order to what its invoice shows: every figure comes from the order.</summary>
public sealed class InvoiceDraftsTests
{
    private static readonly OrderSummary Order = new("O-1", "user-1", "ann@example.com", OrderStatus.Paying,
        [new OrderLine("P1", "Wireless Mouse", 2, 12.50m), new OrderLine("P2", "USB-C Cable", 3, 7.25m)],
        46.75m, "USD", new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero), "PAY-1");

    [Fact]
    public void Every_line_and_the_total_come_from_the_order_billed_to_the_shoppers_e_mail()
    {
        var draft = InvoiceDrafts.From(Order);

        Assert.Equal(("O-1", "user-1", "USD", Order.CreatedAt), (draft.OrderId, draft.UserId, draft.Currency, draft.OrderedAt));
        Assert.Equal("ann@example.com", draft.BillTo.Name);
        Assert.Null(draft.ShipTo);
        Assert.Equal(
            [("Wireless Mouse", 2, 12.50m, 0m, 25.00m), ("USB-C Cable", 3, 7.25m, 0m, 21.75m)],
            draft.Lines.Select(l => (l.Description, l.Quantity, l.UnitPrice, l.TaxRate, l.Amount)));
        Assert.Equal((46.75m, 0m, 0m, 46.75m), (draft.Subtotal, draft.Discount, draft.Shipping, draft.Total));
        Assert.Empty(draft.Taxes);
    }

    [Fact]
    public void The_total_is_the_orders_own_even_where_it_differs_from_the_sum_of_its_lines()
    {
        // An order placed before a price rule changed keeps the total it was charged.
        var draft = InvoiceDrafts.From(Order with { TotalAmount = 46.70m });

        Assert.Equal(46.70m, draft.Total);
    }
}
