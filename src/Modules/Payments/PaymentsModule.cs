using CloudRetail.BuildingBlocks.Http;
using CloudRetail.BuildingBlocks.Idempotency;
using CloudRetail.Orders;
using CloudRetail.Payments.Domain;
using CloudRetail.BuildingBlocks.Observability;
using CloudRetail.BuildingBlocks.RateLimits;
using CloudRetail.Payments.Endpoints;
using CloudRetail.Payments.Persistence;
using CloudRetail.Payments.Providers;
using CloudRetail.Payments.Settlement;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
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
        services.AddMetrics();
        services.AddSingleton<PaymentMetrics>();
        services.AddSingleton<ProcessorLedger>();
        services.AddHttpClient<WebhookSender>(http => http.Timeout = TimeSpan.FromSeconds(10));
        switch (options.Provider)
        {
            case PaymentProviderKind.Mock:
                services.AddSingleton<IPaymentProvider, MockProvider>();
                break;
            case PaymentProviderKind.Cod:
                services.AddSingleton<IPaymentProvider, CashOnDelivery>();
                break;
            case PaymentProviderKind.CardSimulator:
                services.AddSingleton<IPaymentProvider, CardSimulator>();
                break;
        }
        services.AddSingleton<PaymentSettlement>();
        services.AddSingleton<IOrderPayments, OrderPayments>();
        services.AddSingleton<IValidator<PayOrderRequest>, PayOrderValidator>();
        services.AddJsonTypes(PaymentsJson.Default);
        return services;
    }

    public static IEndpointRouteBuilder MapPaymentsEndpoints(this IEndpointRouteBuilder api)
    {
        var payments = api.MapGroup("/payments").WithTags("Payments").RequireAuthorization().RequireRouteValue(PaymentIds.Format);
        payments.MapPost("", PayOrder.Handle).WithName("PayOrder").Validate<PayOrderRequest>().WithIdempotency()
            .LimitedBy(ShopRateLimits.Orders).MeasuredAs(ShopMetrics.Payments);
        payments.MapGet("/provider", GetProvider.Handle).WithName("GetPaymentProvider").AllowAnonymous();
        payments.MapPost("/webhook", ReceiveWebhook.Handle).WithName("ReceivePaymentWebhook").AllowAnonymous();
        payments.MapGet("/{paymentId}", GetPayment.Handle).WithName("GetPayment");
        return api;
    }
}
