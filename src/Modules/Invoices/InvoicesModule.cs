using CloudRetail.BuildingBlocks.Aws;
using CloudRetail.BuildingBlocks.Hosting;
using CloudRetail.BuildingBlocks.Http;
using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.BuildingBlocks.Security;
using CloudRetail.Invoices.Endpoints;
using CloudRetail.Invoices.Issuing;
using CloudRetail.Invoices.Persistence;
using CloudRetail.Orders;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CloudRetail.Invoices;

public static class InvoicesModule
{
    public static IServiceCollection AddInvoicesModule(this IServiceCollection services, IConfiguration configuration)
    {
        var options = InvoicesOptions.From(configuration);
        services.AddSingleton(options);
        services.AddSingleton(InvoicesTable.Definition(options.TableName));
        services.AddSingleton(new BucketDefinition(options.BucketName));
        services.AddS3(configuration);
        services.AddSingleton<InvoicesTable>();
        services.AddSingleton<Analytics.IWorkQueue, FailedInvoices>();
        services.AddSingleton<InvoiceFiles>();
        services.AddSingleton<CreditNoteIssuer>();
        services.AddSingleton<IInvoices, InvoiceIssuer>();
        services.AddSingleton<ISweepStep, InvoiceCatchUp>();
        services.AddJsonTypes(InvoicesJson.Default);
        return services;
    }

    public static IEndpointRouteBuilder MapInvoicesEndpoints(this IEndpointRouteBuilder api)
    {
        var invoice = api.MapGroup("/orders/{orderId}/invoice").WithTag("Invoices",
                "The shop's invoices: one for every paid order (cash on delivery: once delivered), numbered from one gapless sequence and stored as a PDF. " +
                "Shoppers download their own; staff see every one and those the sweep is still retrying.")
            .RequireAuthorization().RequireRouteValue(OrderIdShape.Format);
        invoice.MapGet("", GetInvoice.Handle).WithName("GetInvoice").ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Get a link to your order's invoice")
            .WithDescription("Answers `{invoiceNumber, orderId, url, expiresAt}`: GET `url` for the PDF before `expiresAt` (SIGNED_URL_EXPIRES, 300 s by default). " +
                "The order's owner and staff get it; for anyone else, and before the invoice is stored (a paid order's invoice follows the payment; cash on delivery's, the delivery), it is 404.");
        var creditNotes = api.MapGroup("/orders/{orderId}/credit-notes").WithTags("Invoices").RequireAuthorization().RequireRouteValue(OrderIdShape.Format);
        creditNotes.MapGet("", ListCreditNotes.Handle).WithName("ListCreditNotes").ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("List your order's credit notes")
            .WithDescription("One credit note for every refund that succeeded, oldest first, numbered from its own gapless sequence (CN-000001) and stored as a PDF " +
                "that names the invoice it corrects, the reason, the refunded lines (or amount) and the total. Each has `status` (DUE, FAILED, ISSUED); an ISSUED one has " +
                "`url`, pre-signed until `expiresAt` (SIGNED_URL_EXPIRES, 300 s by default). The order's owner and staff see them; for anyone else the order is 404.");
        api.MapGet("/admin/invoices", ListInvoices.Handle).WithName("ListInvoices").WithTags("Invoices").RequireAuthorization(ShopPolicies.Admin)
            .WithSummary("List invoices by status (staff)")
            .WithDescription("Newest first, `status=FAILED` by default: invoices whose numbering, rendering or upload failed, with the error and the attempts; " +
                "the scheduled sweep (POST /api/orders/expire-reservations runs it by hand) issues them again. Also DUE (not tried yet) and ISSUED. Page with `limit` and `nextToken`.");
        return api;
    }
}
