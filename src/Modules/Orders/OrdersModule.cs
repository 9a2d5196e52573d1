using CloudRetail.BuildingBlocks.Http;
using CloudRetail.BuildingBlocks.Idempotency;
using CloudRetail.BuildingBlocks.Observability;
using CloudRetail.BuildingBlocks.RateLimits;
using CloudRetail.BuildingBlocks.Security;
using CloudRetail.Orders.Domain;
using CloudRetail.Orders.Endpoints;
using CloudRetail.Orders.Expiry;
using CloudRetail.Orders.Persistence;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CloudRetail.Orders;

public static class OrdersModule
{
    public static IServiceCollection AddOrdersModule(this IServiceCollection services, IConfiguration configuration)
    {
        var options = OrdersOptions.From(configuration);
        services.AddSingleton(options);
        services.AddSingleton(OrdersTable.Definition(options));
        services.AddSingleton<OrdersTable>();
        services.AddSingleton(OrderHistoryTable.Definition(options));
        services.AddSingleton<OrderHistoryTable>();
        services.AddSingleton<IOrderHistory>(sp => sp.GetRequiredService<OrderHistoryTable>());
        services.AddSingleton<OrderMoves>();
        services.AddSingleton<Analytics.IWorkQueue, UnsettledPayments>();
        services.AddSingleton<Quoting.CartPricing>();
        services.AddSingleton<IOrders, OrderBook>();
        services.AddSingleton<Inventory.IReservationHolders, PendingReservations>();
        services.AddSingleton<OrderStatusChange>();
        services.AddSingleton<ReservationSweep>();
        services.AddSingleton<IValidator<ShipOrderRequest>, ShipOrderValidator>();
        services.AddSingleton<IValidator<StaffCancelRequest>, StaffCancelValidator>();
        services.AddJsonTypes(OrdersJson.Default);
        if (options.SweepInterval > TimeSpan.Zero)
        {
            services.AddHostedService<ReservationSweepTimer>();
        }
        return services;
    }

    public static IEndpointRouteBuilder MapOrdersEndpoints(this IEndpointRouteBuilder api)
    {
        var orders = api.MapGroup("/orders").WithTag("Orders",
                "Checkout turns the cart into an order holding its stock; the shopper pays, may cancel while unpaid, and follows it to delivery. " +
                "Staff ship and deliver orders and see every shopper's orders by status.")
            .RequireAuthorization().RequireRouteValue(OrderIds.Format);
        orders.MapPost("/checkout", Checkout.Handle).WithName("Checkout").WithIdempotency()
            .LimitedBy(ShopRateLimits.Orders).MeasuredAs(ShopMetrics.Checkouts)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict)
            .WithSummary("Place an order from your cart")
            .WithDescription("Reserves every line's stock, creates the PENDING order with its whole price (subtotal, discount, shipping, tax per line and rate, total), " +
                "redeems the discount code and empties the cart, all or nothing; pay it with POST /api/payments. The body is optional: `addressId` (from the address book) " +
                "or `deliveryAddress` written out, `shippingMethodId` (default: the shop's default method), `discountCode`, `acceptedTotal`. `{}` works where the default method needs no address. " +
                "400 for an empty cart, a bad field (named in `errors`) or a method that needs an address without one; 403 until the account's e-mail is verified; 404 for an `addressId` not in the caller's book; " +
                "409 when a line is out of stock or no longer sold, the shopper already has the most unpaid orders allowed, the method does not deliver to the address's country, " +
                "the code does not apply (unknown, not active, expired, not yet valid, used up, below its minimum, in another currency: the message says which), " +
                "or the total is not the one accepted: the 409 lists `priceChanges`, `oldTotal` and `newTotal`, and checking out again with `acceptedTotal` equal to `newTotal` accepts it. " +
                "A line whose product is now sold in another currency is a 409 listing `currencyChanges` that no `acceptedTotal` accepts: remove the line and add it again.");
        orders.MapPost("/quote", QuoteOrder.Handle).WithName("QuoteOrder")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict)
            .WithSummary("Price your cart as an order")
            .WithDescription("Takes the same choices as checkout (`addressId` or `deliveryAddress`, `shippingMethodId`, `discountCode`) and answers the order's whole price without placing it: " +
                "each line's net, tax by rate and gross, the shipping, the discount and the total, computed by the same code as checkout. Send its `total` as checkout's `acceptedTotal`. " +
                "The same 400, 404 and 409 as checkout for a bad choice.");
        orders.MapGet("", ListOrders.Handle).WithName("ListOrders")
            .WithSummary("List your orders")
            .WithDescription("The caller's own orders, newest first. Page with `limit` and the answer's `nextToken`.");
        orders.MapGet("/{orderId}", GetOrder.Handle).WithName("GetOrder").ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Get an order")
            .WithDescription("One order with its lines, total, status and fulfilment details, and its `history` oldest first: every move of the order, its payment, " +
                "its refunds (and returns), each with `at`, `subject` (ORDER, PAYMENT, REFUND, RETURN), `from` (null where it began), `to`, `actor` " +
                "(`kind` SHOPPER, ADMIN, PROVIDER or SWEEP and its `id`: the account, or the provider's name; a shopper is not shown which admin), `reason`, " +
                "`amount` and `reference` (the payment's or refund's id). Written in the same transaction as each move. Lists of orders leave `history` out. " +
                "Its owner and staff see it; for anyone else it is 404.");
        orders.MapPost("/{orderId}/cancel", CancelOrder.Handle).WithName("CancelOrder").ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict)
            .WithSummary("Cancel your unpaid order")
            .WithDescription("Cancels the caller's PENDING order and puts its stock back on sale. 409 once it is being paid (PAYING) or later in its life.");

        var staff = orders.MapGroup("").RequireAuthorization(ShopPolicies.Admin);
        staff.MapPost("/{orderId}/ship", ShipOrder.Handle).WithName("ShipOrder").Validate<ShipOrderRequest>()
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict)
            .WithSummary("Mark an order shipped (staff)")
            .WithDescription("Moves a CONFIRMED order to SHIPPED with the carrier's tracking number. 409 from any other status.");
        staff.MapPost("/{orderId}/deliver", DeliverOrder.Handle).WithName("DeliverOrder").ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict)
            .WithSummary("Mark an order delivered (staff)")
            .WithDescription("Moves a SHIPPED order to DELIVERED; a cash-on-delivery payment becomes COLLECTED in the same step. 409 from any other status.");
        staff.MapPost("/{orderId}/staff-cancel", CancelOrderByStaff.Cancel).WithName("CancelOrderByStaff").Validate<StaffCancelRequest>()
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict)
            .WithSummary("Cancel a confirmed order before it ships, refunding what was paid (staff)")
            .WithDescription("Moves a CONFIRMED order to CANCELLED with the given `reason`: its sold units go back on hand (ledger entries RESTOCK). " +
                "Cash on delivery still due: the payment becomes VOIDED and the shopper's uncollected-cash slot is freed. Paid: everything collected and not yet refunded " +
                "is refunded through the provider that took it (a refund recorded with the cancellation, then paid back; see GET /api/payments?orderId=), " +
                "and the shopper gets an e-mail saying so. 409 from any other status (SHIPPED, DELIVERED, unpaid).");
        staff.MapPost("/{orderId}/refused-delivery", CancelOrderByStaff.RefuseDelivery).WithName("RefuseDelivery").Validate<StaffCancelRequest>()
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict)
            .WithSummary("Record a cash-on-delivery order refused at the door (staff)")
            .WithDescription("Moves a SHIPPED order whose cash is still due to CANCELLED (reason \"refused at the door: …\") when the parcel comes back: " +
                "its units go back on hand, the due payment becomes VOIDED and the shopper's uncollected-cash slot is freed. " +
                "409 from any other status, and for an order whose payment was collected (refund it with POST /api/orders/{orderId}/refunds).");
        staff.MapPost("/expire-reservations", ExpireReservations.Handle).WithName("ExpireReservations")
            .WithSummary("Cancel unpaid orders that waited too long (staff)")
            .WithDescription("Runs the sweep the scheduler runs: cancels PENDING orders older than the reservation time and frees their stock, and settles payments left PROCESSING. Answers what it did.");
        api.MapGet("/admin/orders", SearchOrders.Handle).WithName("SearchOrders").WithTags("Orders").RequireAuthorization(ShopPolicies.Admin)
            .WithSummary("Search every shopper's orders (staff)")
            .WithDescription($"Newest first, one DynamoDB read a page (by status, one of each of the status index's {OrdersOptions.StatusShards} shards, merged). Give `orderId`, `email` or `status` (at least one); one read answers, chosen in that order: " +
                "`orderId` reads the order by its key; else `email` (the customer's sign-in e-mail, any case) reads the orders-by-e-mail index; else `status` reads " +
                "the orders-by-status index (`status=CONFIRMED`: what to ship). `from` and `to` (a date, `2026-12-01`, meaning the whole day, or an ISO date and time) " +
                "bound the index's `createdAt` and are part of that read. The rest filter the page the read returned: `status` when `email` is given, " +
                "`minTotal` and `maxTotal` (the order's total, inclusive) always, and every filter when `orderId` is given; so a filtered page may hold fewer " +
                "than `limit` orders and still have a `nextToken`. Page with `limit` (default 20, at most 100) and `cursor` (the previous answer's `nextToken`; " +
                "good only for the same search). 400 naming the parameter for a malformed `orderId`, `email`, `status`, date or amount, `to` before `from`, " +
                "`maxTotal` below `minTotal`, or none of `orderId`, `email` and `status`.");
        api.MapPost("/admin/orders/status-index", ShardStatusIndex.Handle).WithName("ShardStatusIndex").WithTags("Orders").RequireAuthorization(ShopPolicies.Admin)
            .WithSummary("Give orders written before the status index was sharded their shard, a page at a time (staff)")
            .WithDescription($"Reads a page of the orders table and writes `statusShard` (`<STATUS>#<n>`, n of {OrdersOptions.StatusShards}) on each order that lacks it, " +
                "so that orders placed before the index was sharded are found by status (the staff's queue, the reservation sweep, reconciliation, exports). " +
                "Run once after the deploy that shards the index (docs/deploy.md): call it again with the answer's `nextToken` until it is null. `sharded` counts the orders written; " +
                "running it again writes none. 400 naming `limit` or `nextToken` when either is not acceptable.");
        return api;
    }

    /// <summary>Maps the sweep for the scheduler: refused to any other caller (<see cref="ScheduledJobFilter"/>).</summary>
    public static IEndpointRouteBuilder MapScheduledOrderEvents(this IEndpointRouteBuilder app)
    {
        app.MapPost(ShopPaths.ScheduledSweep, ExpireReservations.Handle).ExcludeFromDescription().AllowAnonymous().RequireScheduler();
        return app;
    }
}
