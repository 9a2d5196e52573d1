using System.Text.Json;
using CloudRetail.BuildingBlocks.Naming;
using CloudRetail.Orders.Domain;

namespace CloudRetail.Orders.Tests;

public sealed class OrderTransitionsTests
{
    public static TheoryData<string, OrderStatus, OrderStatus, string> Moves => new()
    {
        { nameof(OrderTransitions.StartPayment), OrderStatus.Pending, OrderStatus.Paying, nameof(StockEffect.None) },
        { nameof(OrderTransitions.ConfirmPayment), OrderStatus.Paying, OrderStatus.Confirmed, nameof(StockEffect.Sell) },
        { nameof(OrderTransitions.FailPayment), OrderStatus.Paying, OrderStatus.Cancelled, nameof(StockEffect.Release) },
        { nameof(OrderTransitions.Cancel), OrderStatus.Pending, OrderStatus.Cancelled, nameof(StockEffect.Release) },
        { nameof(OrderTransitions.Ship), OrderStatus.Confirmed, OrderStatus.Shipped, nameof(StockEffect.None) },
        { nameof(OrderTransitions.Deliver), OrderStatus.Shipped, OrderStatus.Delivered, nameof(StockEffect.None) },
        { nameof(OrderTransitions.CancelByStaff), OrderStatus.Confirmed, OrderStatus.Cancelled, nameof(StockEffect.Restock) },
        { nameof(OrderTransitions.RefuseDelivery), OrderStatus.Shipped, OrderStatus.Cancelled, nameof(StockEffect.Restock) },
    };

    [Theory]
    [MemberData(nameof(Moves))]
    public void Each_move_starts_ends_and_moves_stock_as_the_order_life_says(string name, OrderStatus from, OrderStatus to, string stock)
    {
        var transition = (OrderTransition)typeof(OrderTransitions).GetField(name)!.GetValue(null)!;

        Assert.Equal((from, to, Enum.Parse<StockEffect>(stock)), (transition.From, transition.To, transition.Stock));
        Assert.Contains(transition, OrderTransitions.All);
    }

    [Fact]
    public void Reserved_stock_is_released_or_sold_exactly_once_on_every_path_out_of_unpaid()
    {
        var leaving = OrderTransitions.All.Where(t => t.EndsUnpaid).ToList();

        Assert.All(leaving, t => Assert.Contains(t.Stock, new[] { StockEffect.Release, StockEffect.Sell }));
        Assert.All(OrderTransitions.All.Except(leaving), t => Assert.DoesNotContain(t.Stock, new[] { StockEffect.Release, StockEffect.Sell }));
        Assert.Equal(3, leaving.Count);
    }

    [Fact]
    public void Only_a_sold_order_taken_back_by_staff_puts_its_units_back_on_hand()
    {
        Assert.Equal([OrderTransitions.CancelByStaff, OrderTransitions.RefuseDelivery], OrderTransitions.All.Where(t => t.Stock == StockEffect.Restock));
        Assert.All(OrderTransitions.All.Where(t => t.Stock == StockEffect.Restock), t => Assert.Contains(t.From, new[] { OrderStatus.Confirmed, OrderStatus.Shipped }));
    }

    [Fact]
    public void Cash_due_ends_when_the_order_is_delivered_or_cancelled_and_not_before()
    {
        var cashDue = OrderIn(OrderStatus.Paying) with { CashDue = true };

        Assert.False(OrderTransitions.ConfirmPayment.EndsCashDue(cashDue));
        Assert.False(OrderTransitions.Ship.EndsCashDue(cashDue with { Status = OrderStatus.Confirmed }));
        Assert.True(OrderTransitions.Deliver.EndsCashDue(cashDue with { Status = OrderStatus.Shipped }));
        Assert.True(OrderTransitions.FailPayment.EndsCashDue(cashDue));
        Assert.True(OrderTransitions.CancelByStaff.EndsCashDue(cashDue with { Status = OrderStatus.Confirmed }));
        Assert.False(OrderTransitions.Deliver.EndsCashDue(cashDue with { Status = OrderStatus.Shipped, CashDue = false }));
    }

    [Fact]
    public void A_shopper_cancel_applies_only_to_a_pending_order()
    {
        Assert.True(OrderTransitions.Cancel.AllowedFor(OrderIn(OrderStatus.Pending)));
        Assert.All([OrderStatus.Paying, OrderStatus.Confirmed, OrderStatus.Shipped, OrderStatus.Delivered, OrderStatus.Cancelled],
            status => Assert.False(OrderTransitions.Cancel.AllowedFor(OrderIn(status))));
    }

    [Fact]
    public void Nothing_leaves_a_delivered_or_cancelled_order()
    {
        Assert.DoesNotContain(OrderTransitions.All, t => t.From is OrderStatus.Delivered or OrderStatus.Cancelled);
    }

    [Fact]
    public void Only_pending_and_paying_orders_count_as_unpaid()
    {
        Assert.Equal([OrderStatus.Pending, OrderStatus.Paying], Enum.GetValues<OrderStatus>().Where(s => s.IsUnpaid()));
    }

    [Theory]
    [InlineData(OrderStatus.Pending, "PENDING")]
    [InlineData(OrderStatus.Paying, "PAYING")]
    [InlineData(OrderStatus.Cancelled, "CANCELLED")]
    public void Statuses_read_upper_case_in_json_and_in_the_table(OrderStatus status, string name)
    {
        Assert.Equal($"\"{name}\"", JsonSerializer.Serialize(status));
        Assert.Equal(name, status.Name());
        Assert.Equal(status, UpperCaseNames.Parse<OrderStatus>(name));
    }

    [Fact]
    public void Refusing_a_move_names_both_statuses()
    {
        var refusal = OrderRefusal.NotAllowed(OrderIn(OrderStatus.Paying), OrderStatus.Cancelled);

        Assert.Equal("An order that is PAYING cannot become CANCELLED", refusal.Message);
        Assert.Equal(RefusalKind.Conflict, refusal.Kind);
    }

    private static Order OrderIn(OrderStatus status) =>
        new(OrderIds.Format.New(), "user-1", "u@example.com", status, [new OrderLine("P1", "Mouse", 2, 5m)], 10m, "USD", DateTimeOffset.UnixEpoch);
}
