using CloudRetail.BuildingBlocks.Aws;
using CloudRetail.BuildingBlocks.Http;
using CloudRetail.BuildingBlocks.Security;
using CloudRetail.Notifications.Domain;
using CloudRetail.Notifications.Endpoints;
using CloudRetail.Notifications.Persistence;
using CloudRetail.Notifications.Ses;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CloudRetail.Notifications;

public static class NotificationsModule
{
    /// <summary>An SES send that takes longer has failed as far as the caller is concerned.</summary>
    private static readonly TimeSpan SesTimeout = TimeSpan.FromSeconds(10);

    public static IServiceCollection AddNotificationsModule(this IServiceCollection services, IConfiguration configuration)
    {
        var options = NotificationsOptions.From(configuration);
        services.AddSingleton(options);
        services.AddSingleton(NotificationsTable.Definition(options.TableName));
        services.AddSingleton<NotificationsTable>();

        var local = configuration.LocalAws();
        services.AddSingleton(new SesCredentials(local.SesUrl is null ? null : new AwsKeys(local.AccessKey, local.SecretKey)));
        services.AddHttpClient<SesEmailClient>(http => http.Timeout = SesTimeout);

        services.AddTransient<EmailNotifications>();
        services.AddTransient<INotifications>(provider => provider.GetRequiredService<EmailNotifications>());
        // A plain constraint rather than a regex one: the host's slim builder registers no regex
        // constraint, and a regex would be built on the first request.
        services.Configure<RouteOptions>(routes => routes.SetParameterPolicy<UnknownNotificationType>(UnknownNotificationType.Name));
        services.AddSingleton<IValidator<WelcomeRequest>, WelcomeValidator>();
        services.AddSingleton<IValidator<OrderConfirmedRequest>, OrderConfirmedValidator>();
        services.AddSingleton<IValidator<PaymentFailedRequest>, PaymentFailedValidator>();
        services.AddJsonTypes(NotificationsJson.Default);
        return services;
    }

    public static IEndpointRouteBuilder MapNotificationsEndpoints(this IEndpointRouteBuilder api)
    {
        // Admin only: as an open endpoint, POST /notifications/{type} would mail anyone anything.
        var notifications = api.MapGroup("/notifications").WithTags("Notifications").RequireAuthorization(ShopPolicies.Admin);
        notifications.MapGet("", ListNotifications.Handle).WithName("ListNotifications");
        notifications.MapPost($"/{NotificationTypes.UserRegistered}", SendWelcome.Handle).WithName("SendWelcome").Validate<WelcomeRequest>();
        notifications.MapPost($"/{NotificationTypes.OrderConfirmed}", SendOrderConfirmed.Handle).WithName("SendOrderConfirmed").Validate<OrderConfirmedRequest>();
        notifications.MapPost($"/{NotificationTypes.PaymentFailed}", SendPaymentFailed.Handle).WithName("SendPaymentFailed").Validate<PaymentFailedRequest>();
        // Only for types the shop does not send: were it to match known ones too, a known type sent
        // without a JSON body would land here (the literal route declines it) and read as unknown.
        notifications.MapPost($"/{{type:{UnknownNotificationType.Name}}}", RejectUnknownType.Handle)
            .WithName("RejectUnknownNotificationType");

        var notification = notifications.MapGroup("/{notificationId}").RequireRouteValue(Notification.Ids);
        notification.MapGet("", GetNotification.Handle).WithName("GetNotification");
        notification.MapPost("/retry", RetryNotification.Handle).WithName("RetryNotification");
        return api;
    }
}
