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
        services.AddSingleton<OrderMoves>();
        services.AddSingleton<IOrders, OrderBook>();
        services.AddSingleton<Inventory.IReservationHolders, PendingReservations>();
        services.AddSingleton<OrderStatusChange>();
        services.AddSingleton<ReservationSweep>();
        services.AddSingleton<IValidator<ShipOrderRequest>, ShipOrderValidator>();
        services.AddJsonTypes(OrdersJson.Default);
        if (options.SweepInterval > TimeSpan.Zero)
        {
            services.AddHostedService<ReservationSweepTimer>();
        }
        return services;
    }

    public static IEndpointRouteBuilder MapOrdersEndpoints(this IEndpointRouteBuilder api)
    {
        var orders = api.MapGroup("/orders").WithTags("Orders").RequireAuthorization().RequireRouteValue(OrderIds.Format);
        orders.MapPost("/checkout", Checkout.Handle).WithName("Checkout").WithIdempotency()
            .LimitedBy(ShopRateLimits.Orders).MeasuredAs(ShopMetrics.Checkouts);
        orders.MapGet("", ListOrders.Handle).WithName("ListOrders");
        orders.MapGet("/{orderId}", GetOrder.Handle).WithName("GetOrder");
        orders.MapPost("/{orderId}/cancel", CancelOrder.Handle).WithName("CancelOrder");

        var staff = orders.MapGroup("").RequireAuthorization(ShopPolicies.Admin);
        staff.MapPost("/{orderId}/ship", ShipOrder.Handle).WithName("ShipOrder").Validate<ShipOrderRequest>();
        staff.MapPost("/{orderId}/deliver", DeliverOrder.Handle).WithName("DeliverOrder");
        staff.MapPost("/expire-reservations", ExpireReservations.Handle).WithName("ExpireReservations");
        api.MapGet("/admin/orders", ListOrdersByStatus.Handle).WithName("ListOrdersByStatus").WithTags("Orders").RequireAuthorization(ShopPolicies.Admin);
        return api;
    }

    /// <summary>Maps the sweep for the scheduler: refused to any caller without the scheduler's secret.</summary>
    public static IEndpointRouteBuilder MapScheduledOrderEvents(this IEndpointRouteBuilder app)
    {
        app.MapPost(ShopPaths.ScheduledSweep, ExpireReservations.Handle).ExcludeFromDescription().AllowAnonymous().RequireSchedulerSecret();
        return app;
    }
}
