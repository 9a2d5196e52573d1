using CloudRetail.BuildingBlocks.Hosting;
using CloudRetail.BuildingBlocks.Http;
using CloudRetail.BuildingBlocks.Security;
using CloudRetail.Returns.Domain;
using CloudRetail.Returns.Endpoints;
using CloudRetail.Returns.Persistence;
using CloudRetail.Returns.Refunding;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CloudRetail.Returns;

public static class ReturnsModule
{
    private const string Tag = "Returns";

    public static IServiceCollection AddReturnsModule(this IServiceCollection services, IConfiguration configuration)
    {
        var options = ReturnsOptions.From(configuration);
        services.AddSingleton(options);
        services.AddSingleton(ReturnsTable.Definition(options.TableName));
        services.AddSingleton<ReturnsTable>();
        services.AddSingleton<ReturnMoves>();
        services.AddSingleton<ReturnDesk>();
        services.AddSingleton<IReturns, ReturnBook>();
        services.AddSingleton<ISweepStep, ReturnRefundCatchUp>();
        services.AddSingleton<Analytics.IWorkQueue, ReturnsToReview>();
        services.AddSingleton<IValidator<RequestReturnRequest>, RequestReturnValidator>();
        services.AddSingleton<IValidator<RejectReturnRequest>, RejectReturnValidator>();
        services.AddSingleton<IValidator<ReceiveReturnRequest>, ReceiveReturnValidator>();
        services.AddJsonTypes(ReturnsJson.Default);
        return services;
    }

    public static IEndpointRouteBuilder MapReturnsEndpoints(this IEndpointRouteBuilder api)
    {
        var shopper = api.MapGroup("/orders/{orderId}/returns").WithTag(Tag,
                "Sending delivered goods back: the shopper asks within the return window, staff approve or reject, record the goods received " +
                "(back to stock or written off) and the return is refunded through the provider that took the payment.")
            .RequireAuthorization().RequireRouteValue(Orders.OrderIdShape.Format);
        shopper.MapPost("", RequestReturn.Handle).WithName("RequestReturn").Validate<RequestReturnRequest>()
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict)
            .WithSummary("Ask to return items of your delivered order")
            .WithDescription("`lines` of `{productId, quantity}` and a `reason`. 201 with the REQUESTED return. Only the caller's own DELIVERED order, " +
                "within RETURN_WINDOW_DAYS (30 by default) of its delivery; a unit is returned at most once (a rejected return's units may be asked again). " +
                "404 for an order that is not the caller's; 409 when the order is not delivered, its return window has closed, or a line has fewer units left to return " +
                "than asked; 400 naming the field for a product not in the order or more units than were bought.");
        shopper.MapGet("", ListOrderReturns.Handle).WithName("ListOrderReturns").ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("List an order's returns")
            .WithDescription("The order's returns, oldest first, each with its status and, once REFUNDED, `refundAmount`; each line with the units still returnable, " +
                "and `returnableUntil` (null until the order is delivered). The order's owner and staff see them; for anyone else the order is 404.");

        var staff = api.MapGroup("/admin/returns").WithTags(Tag).RequireAuthorization(ShopPolicies.Admin);
        staff.MapGet("", ListReturns.Handle).WithName("ListReturns")
            .WithSummary("The returns queue (staff)")
            .WithDescription("Every shopper's returns in one `status` (REQUESTED by default; APPROVED, REJECTED, RECEIVED, REFUNDED), newest first, " +
                "each line with its product's `name` as the catalog has it now (absent once the product is deleted). " +
                "Page with `limit` and the answer's `nextToken`. 400 for an unknown status.");
        var one = staff.MapGroup("/{returnId}").RequireRouteValue(ReturnIds.Format);
        one.MapPost("/approve", ReviewReturn.Approve).WithName("ApproveReturn")
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict)
            .WithSummary("Approve a return (staff)")
            .WithDescription("REQUESTED → APPROVED: the shopper may send the goods. 409 from any other status.");
        one.MapPost("/reject", ReviewReturn.Reject).WithName("RejectReturn").Validate<RejectReturnRequest>()
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict)
            .WithSummary("Reject a return (staff)")
            .WithDescription("REQUESTED → REJECTED with a `reason` shown to the shopper; its units may be asked back again. 409 from any other status.");
        one.MapPost("/receive", ReceiveReturn.Handle).WithName("ReceiveReturn").Validate<ReceiveReturnRequest>()
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict)
            .WithSummary("Record a return's goods as received, and refund it (staff)")
            .WithDescription("APPROVED → RECEIVED: `lines` names every line of the return once with its `disposition`, BACK_TO_STOCK (sold units back on hand, " +
                "ledger RESTOCK) or WRITE_OFF (sold units written off, ledger WRITE_OFF), in one transaction with the move. Then what the return covers is refunded " +
                "through the provider that took the payment (each unit at what the shopper paid for it), once per return: the return is REFUNDED when it succeeded, " +
                "otherwise it stays RECEIVED and the sweep asks again. 200 with the return and `refund`. 400 naming the field for a missing or unknown line; " +
                "409 from any status but APPROVED.");
        return api;
    }
}
