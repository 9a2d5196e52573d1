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

        Assert.All(leaving, t => Assert.NotEqual(StockEffect.None, t.Stock));
        Assert.All(OrderTransitions.All.Except(leaving), t => Assert.Equal(StockEffect.None, t.Stock));
        Assert.Equal(3, leaving.Count);
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
