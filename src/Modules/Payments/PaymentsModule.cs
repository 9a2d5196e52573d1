using CloudRetail.BuildingBlocks.Http;
using CloudRetail.BuildingBlocks.Idempotency;
using CloudRetail.Payments.Domain;
using CloudRetail.Payments.Endpoints;
using CloudRetail.Payments.Persistence;
using CloudRetail.Payments.Providers;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CloudRetail.Payments;

public static class PaymentsModule
{
    public static IServiceCollection AddPaymentsModule(this IServiceCollection services, IConfiguration configuration)
    {
        var options = PaymentsOptions.From(configuration);
        services.AddSingleton(options);
        services.AddSingleton(PaymentsTable.Definition(options.TableName));
        services.AddSingleton<PaymentsTable>();
        services.AddSingleton<IPaymentProvider, MockPaymentProvider>();
        services.AddSingleton<IValidator<PayOrderRequest>, PayOrderValidator>();
        return services;
    }

    public static IEndpointRouteBuilder MapPaymentsEndpoints(this IEndpointRouteBuilder api)
    {
        var payments = api.MapGroup("/payments").WithTags("Payments").RequireAuthorization().RequireRouteValue(PaymentIds.Format);
        payments.MapPost("", PayOrder.Handle).WithName("PayOrder").Validate<PayOrderRequest>().WithIdempotency();
        payments.MapGet("/{paymentId}", GetPayment.Handle).WithName("GetPayment");
        return api;
    }
}
