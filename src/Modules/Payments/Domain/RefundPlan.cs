using CloudRetail.Orders;

namespace CloudRetail.Payments.Domain;

/// <summary>What staff ask to give back: an amount, or units of the order's lines.</summary>
internal sealed record RefundAsk(decimal? Amount, IReadOnlyList<RefundAskLine>? Lines, string Reason, string RequestedBy);

internal sealed record RefundAskLine(string ProductId, int Qty);

internal enum RefundRefusalKind
{
    /// <summary>Nothing was collected on the order (not paid, cash still due, payment failed or voided).</summary>
    NotPaid,
    /// <summary>The refund would take back more than was collected, less what was refunded before.</summary>
    MoreThanCollected,
    /// <summary>A line asks for more units than were ordered, less those refunded before.</summary>
    MoreUnitsThanLeft,
    /// <summary>A line names a product the order does not have (a 400 on that field).</summary>
    NotALine,
    /// <summary>The amount has more decimals than the currency's minor unit (a 400 on that field).</summary>
    NotMinorUnits,
}

/// <param name="Field">The request field it is about, when it is about one.</param>
internal sealed record RefundRefusal(RefundRefusalKind Kind, string Message, string? Field = null, decimal? Refundable = null);

/// <summary>The amount and lines a refund gives back, as computed from the order's own figures.</summary>
internal sealed record RefundPlan(decimal Amount, IReadOnlyList<RefundedLine> Lines);

/// <summary>
/// Decides what a refund is worth, without I/O, from the order and the payment as read: by amount, the
/// amount; by lines, each line at <see cref="Pricing.Refunds.LineAmount"/> (what the shopper paid for
/// it: gross, with its tax, after its discount share). The checks here answer the caller clearly; the
/// write's conditions (<c>PaymentsTable.CountRefund</c>) are what keep refunded ≤ collected.
/// </summary>
internal static class RefundPlanner
{
    public static (RefundPlan? Plan, RefundRefusal? Refusal) Plan(OrderSummary order, Payment payment, RefundAsk ask)
    {
        if (!payment.Status.IsCollected())
        {
            return (null, new RefundRefusal(RefundRefusalKind.NotPaid,
                payment.Status == PaymentStatus.Due
                    ? "This order's cash has not been collected; there is nothing to refund (cancel the order instead)"
                    : "This order is not paid; there is nothing to refund"));
        }
        var refundable = payment.Refundable;
        RefundPlan plan;
        if (ask.Lines is { Count: > 0 } asked)
        {
            var lines = new List<RefundedLine>();
            for (var i = 0; i < asked.Count; i++)
            {
                var (productId, qty) = (asked[i].ProductId, asked[i].Qty);
                var index = order.Lines.ToList().FindIndex(l => l.ProductId == productId);
                if (index < 0)
                {
                    return (null, new RefundRefusal(RefundRefusalKind.NotALine, $"{productId} is not a line of this order", $"lines[{i}].productId"));
                }
                var line = order.Lines[index];
                var before = payment.RefundedUnits.GetValueOrDefault(productId);
                if (before + qty > line.Qty)
                {
                    return (null, new RefundRefusal(RefundRefusalKind.MoreUnitsThanLeft,
                        $"Line {productId}: {qty} asked, but only {line.Qty - before} of its {line.Qty} units are left to refund", $"lines[{i}].qty", refundable));
                }
                var gross = order.Price?.Lines.FirstOrDefault(l => l.ProductId == productId)?.Gross ?? line.LineTotal;
                lines.Add(new RefundedLine(productId, qty, Pricing.Refunds.LineAmount(gross, line.Qty, before, qty, order.Currency)));
            }
            plan = new RefundPlan(lines.Sum(l => l.Amount), lines);
        }
        else
        {
            var amount = ask.Amount ?? 0m;
            if (!Pricing.Refunds.IsWholeMinorUnits(amount, payment.Currency))
            {
                return (null, new RefundRefusal(RefundRefusalKind.NotMinorUnits, $"amount has more decimals than {payment.Currency} has", "amount"));
            }
            plan = new RefundPlan(amount, []);
        }
        if (plan.Amount > refundable)
        {
            return (null, new RefundRefusal(RefundRefusalKind.MoreThanCollected,
                $"A refund of {Money(plan.Amount)} is more than the {Money(refundable)} left of the {Money(payment.Amount)} collected",
                Refundable: refundable));
        }
        return (plan, null);

        string Money(decimal amount) => Pricing.Refunds.Text(amount, payment.Currency);
    }
}
