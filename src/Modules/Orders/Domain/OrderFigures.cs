using CloudRetail.Analytics;
using CloudRetail.BuildingBlocks.Naming;

namespace CloudRetail.Orders.Domain;

/// <summary>An order as the shop's figures count it: its money split from its breakdown (net goods,
/// net shipping, tax; total = their sum), each line's units and net goods revenue. An order placed
/// before breakdowns counts its total as net goods.</summary>
internal static class OrderFigures
{
    public static PlacedOrder ToPlacedOrder(this Order order) => order.Price is { } price
        ? new PlacedOrder(order.CreatedAt, order.Status.Name(), order.Currency,
            new SaleAmounts(price.Lines.Sum(l => l.Net), price.Tax, price.Shipping?.Net ?? 0m, price.Discount, price.Total),
            [.. price.Lines.Select(l => new ProductSale(l.ProductId, l.Qty, l.Net))])
        : new PlacedOrder(order.CreatedAt, order.Status.Name(), order.Currency,
            new SaleAmounts(order.TotalAmount, 0m, 0m, 0m, order.TotalAmount),
            [.. order.Lines.Select(l => new ProductSale(l.ProductId, l.Qty, l.LineTotal))]);

    public static OrderMove ToMove(this Order order, OrderTransition transition) =>
        new(order.CreatedAt, transition.From.Name(), transition.To.Name(), transition.To == OrderStatus.Cancelled ? order.ToPlacedOrder() : null);
}
