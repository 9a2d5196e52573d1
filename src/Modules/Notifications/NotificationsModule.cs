using CloudRetail.BuildingBlocks.Aws;
using CloudRetail.BuildingBlocks.Http;
using CloudRetail.BuildingBlocks.Security;
using CloudRetail.Notifications.Domain;
using CloudRetail.Notifications.Endpoints;
using CloudRetail.Notifications.Persistence;
using CloudRetail.Notifications.Ses;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
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
        services.AddSingleton<Analytics.IWorkQueue, FailedEmails>();

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
        var notifications = api.MapGroup("/notifications").WithTag("Notifications",
                "The shop's transactional e-mails through SES, for staff: send one by hand, list those that failed, look one up and retry it. " +
                "The shop sends them itself when an order is confirmed, a payment fails or an account is confirmed.")
            .RequireAuthorization(ShopPolicies.Admin);
        notifications.MapGet("", ListNotifications.Handle).WithName("ListNotifications")
            .WithSummary("List sent or failed e-mails (staff)")
            .WithDescription("With `status=FAILED` (or SENT), newest first: the e-mails to retry. Without it, every record in no particular order. Page with `limit` and `nextToken`.");
        // A send answers 502 when SES refused the e-mail; the attempt is recorded either way.
        notifications.MapPost($"/{NotificationTypes.UserRegistered}", SendWelcome.Handle).WithName("SendWelcome").Validate<WelcomeRequest>()
            .ProducesProblems(StatusCodes.Status502BadGateway)
            .WithSummary("Send the welcome e-mail (staff)")
            .WithDescription("E-mails the welcome a confirmed account gets. 502 when SES does not take it: the record (with `notificationId`) stays FAILED for a retry.");
        notifications.MapPost($"/{NotificationTypes.OrderConfirmed}", SendOrderConfirmed.Handle).WithName("SendOrderConfirmed").Validate<OrderConfirmedRequest>()
            .ProducesProblems(StatusCodes.Status502BadGateway)
            .WithSummary("Send an order confirmation e-mail (staff)")
            .WithDescription("E-mails the order's confirmation with its lines, total and a link to the order. 502 when SES does not take it: the record stays FAILED for a retry.");
        notifications.MapPost($"/{NotificationTypes.PaymentFailed}", SendPaymentFailed.Handle).WithName("SendPaymentFailed").Validate<PaymentFailedRequest>()
            .ProducesProblems(StatusCodes.Status502BadGateway)
            .WithSummary("Send a payment failed e-mail (staff)")
            .WithDescription("E-mails that the order's payment failed; lines, amount and currency are optional. 502 when SES does not take it: the record stays FAILED for a retry.");
        // Only for types the shop does not send: were it to match known ones too, a known type sent
        // without a JSON body would land here (the literal route declines it) and read as unknown.
        // Left out of the document: it only ever answers 404, and as /notifications/{type} it would
        // differ from /notifications/{notificationId} by its parameter's name alone (docs/compatibility.md).
        notifications.MapPost($"/{{type:{UnknownNotificationType.Name}}}", RejectUnknownType.Handle)
            .WithName("RejectUnknownNotificationType").ExcludeFromDescription();

        var notification = notifications.MapGroup("/{notificationId}").RequireRouteValue(Notification.Ids);
        notification.MapGet("", GetNotification.Handle).WithName("GetNotification").ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Get an e-mail's record (staff)")
            .WithDescription("What was sent to whom, its status (SENT or FAILED), the error if it failed and how many attempts were made.");
        notification.MapPost("/retry", RetryNotification.Handle).WithName("RetryNotification")
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status502BadGateway)
            .WithSummary("Send a failed e-mail again (staff)")
            .WithDescription("Sends a FAILED e-mail again from what was recorded. 409 when it was sent already or a retry is running; 502 when SES refuses it again.");
        return api;
    }
}
