using CloudRetail.BuildingBlocks.Hosting;
using CloudRetail.BuildingBlocks.Http;
using CloudRetail.BuildingBlocks.Security;
using CloudRetail.BuildingBlocks.Idempotency;
using CloudRetail.Orders;
using CloudRetail.Payments.Domain;
using CloudRetail.BuildingBlocks.Observability;
using CloudRetail.BuildingBlocks.RateLimits;
using CloudRetail.Payments.Endpoints;
using CloudRetail.Payments.Persistence;
using CloudRetail.Payments.Providers;
using CloudRetail.Payments.Settlement;
using CloudRetail.Payments.Webhooks;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CloudRetail.Payments;

public static class PaymentsModule
{
    /// <summary>Registers the module with the provider PAYMENT_PROVIDER names; throws, saying why,
    /// when that provider may not run here (MOCK in Production) or lacks its settings.</summary>
    public static IServiceCollection AddPaymentsModule(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = PaymentsOptions.From(configuration, environment);
        services.AddSingleton(options);
        services.AddSingleton(PaymentsTable.Definition(options.TableName));
        services.AddSingleton<PaymentsTable>();
        services.AddSingleton(RefundsTable.Definition(options.RefundsTableName));
        services.AddSingleton<RefundsTable>();
        services.AddSingleton<Analytics.IWorkQueue, Settlement.PendingRefunds>();
        services.AddMetrics();
        services.AddSingleton<PaymentMetrics>();
        services.AddSingleton(CardSimulatorTable.Definition(options.CardSimulatorTableName));
        services.AddSingleton<CardSimulatorTable>();
        services.AddSingleton<MockLedger>();
        services.AddHttpClient<WebhookSender>(http => http.Timeout = TimeSpan.FromSeconds(10));
        services.AddSingleton<ISweepStep, WebhookRedelivery>();
        // Every provider can give back what it took; only the configured one takes new payments.
        services.AddSingleton<MockProvider>();
        services.AddSingleton<CashOnDelivery>();
        services.AddSingleton<CardSimulator>();
        services.AddSingleton<PaymentProviders>();
        services.AddSingleton<IPaymentProvider>(sp => sp.GetRequiredService<PaymentProviders>().For(options.Provider));
        services.AddSingleton<PaymentSettlement>();
        services.AddSingleton<RefundDesk>();
        services.AddSingleton<ISweepStep, RefundCatchUp>();
        services.AddSingleton<IValidator<RefundOrderRequest>, RefundOrderValidator>();
        services.AddSingleton<IOrderPayments, OrderPayments>();
        services.AddSingleton<IReturnRefunds, ReturnRefunds>();
        services.AddSingleton<IValidator<PayOrderRequest>, PayOrderValidator>();
        services.AddJsonTypes(PaymentsJson.Default);
        return services;
    }

    public static IEndpointRouteBuilder MapPaymentsEndpoints(this IEndpointRouteBuilder api)
    {
        var payments = api.MapGroup("/payments").WithTag("Payments",
                "Paying an order with the shop's configured provider (MOCK, COD or CARD_SIMULATOR; GET /api/payments/provider says which), and the card processor's signed webhook.")
            .RequireAuthorization().RequireRouteValue(PaymentIds.Format);
        payments.MapPost("", PayOrder.Handle).WithName("PayOrder").Validate<PayOrderRequest>().WithIdempotency()
            .LimitedBy(ShopRateLimits.Orders).MeasuredAs(ShopMetrics.Payments)
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict)
            .WithSummary("Pay your order")
            .WithDescription("Pays the caller's PENDING order with the running provider; the body is that provider's (see the schema). " +
                "200 with the settled payment and `orderUpdate.status` (CONFIRMED, or CANCELLED when declined, its stock released); " +
                "202 from CARD_SIMULATOR: the payment is PROCESSING and the order PAYING until the processor's webhook arrives, so poll GET /api/orders/{orderId}. " +
                "404 for an order that is not the caller's; 409 when the order is not PENDING.");
        payments.MapGet("/provider", GetProvider.Handle).WithName("GetPaymentProvider").AllowAnonymous().CallsNoDependency()
            .WithSummary("Which payment provider this shop runs")
            .WithDescription("MOCK, COD or CARD_SIMULATOR: which body POST /api/payments takes here, so the storefront shows the right form.");
        payments.MapPost("/webhook", ReceiveWebhook.Handle).WithName("ReceivePaymentWebhook").AllowAnonymous()
            .Accepts<PaymentEvent>("application/json")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict)
            .WithSummary("Receive the card processor's payment or refund outcome")
            .WithDescription("For the card processor, not for shoppers: the outcome of a CARD_SIMULATOR payment (`type` payment.succeeded or payment.declined) " +
                "or of a refund of it (refund.succeeded or refund.failed, with `refundId`). Trusted only through the `Payment-Signature` header " +
                "(t=<unix seconds>,v1=<hex HMAC-SHA256 of \"<t>.<raw body>\">); a missing, forged, changed or older than 5 minutes signature is 401. " +
                "An event id already applied is 409. 404 when this shop runs another provider or the payment (or refund) is unknown. " +
                "A webhook that is not acknowledged with 2xx is sent again on the schedule the README gives.");
        payments.MapGet("", ListOrderPayments.Handle).WithName("ListOrderPayments").ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("List an order's payments and refunds")
            .WithDescription("`orderId` is required: the order's payment attempts (amount, provider, status, `refunded` so far) and its refunds, oldest first " +
                "(each with its amount, reason, lines and status PENDING, SUCCEEDED or FAILED). The order's owner and staff see them; for anyone else the order is 404. " +
                "400 for a missing or malformed `orderId`.");
        payments.MapGet("/{paymentId}", GetPayment.Handle).WithName("GetPayment").ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Get a payment")
            .WithDescription("One payment attempt: amount, currency, provider and status (SUCCESS, FAILED, PROCESSING, DUE, COLLECTED or VOIDED). The payer and staff see it; for anyone else it is 404.");
        var refunds = api.MapGroup("/orders/{orderId}/refunds").WithTag("Refunds",
                "Money given back on a paid order (staff): by amount or by lines, through the provider that took the payment, never more in total than was collected.")
            .RequireAuthorization(ShopPolicies.Admin).RequireRouteValue(Orders.OrderIdShape.Format);
        refunds.MapPost("", RefundOrder.Handle).WithName("RefundOrder").Validate<RefundOrderRequest>().WithIdempotency()
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict)
            .WithSummary("Refund a paid order (staff)")
            .WithDescription("Gives money back on the order's collected payment, through the provider that took it (MOCK at once; COD once collected, recorded as cash paid back; " +
                "CARD_SIMULATOR by its refund call), with a `reason`. Either `amount`, or `lines` of `{productId, qty}`: a line is refunded at what the shopper paid for it " +
                "(its gross, with its tax and after its share of any discount, spread over its units so that its refunds add up to the line exactly). " +
                "201 with the refund: SUCCEEDED, FAILED (the provider refused; nothing is counted), or PENDING (the provider did not answer; the sweep finishes it). " +
                "409 when the order is not paid (or its cash not collected), when the refund is more than is left of what was collected (`refundable`), " +
                "or a line asks for more units than were ordered less those refunded. 400 naming the field for a product not in the order or an amount finer than the currency's minor unit. " +
                "Send an Idempotency-Key: a retry then replays the first answer instead of refunding twice.");
        return api;
    }
}
