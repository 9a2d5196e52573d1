using CloudRetail.Notifications.Domain;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Notifications.Endpoints;

internal sealed record WelcomeRequest(string Email, string UserId);

internal sealed class WelcomeValidator : AbstractValidator<WelcomeRequest>
{
    public WelcomeValidator()
    {
        RuleFor(r => r.Email).Email();
        RuleFor(r => r.UserId).UserId();
    }
}

internal static class SendWelcome
{
    public static async Task<Results<Ok<NotificationSent>, ProblemHttpResult>> Handle(
        WelcomeRequest request, INotifications notifications, CancellationToken cancellationToken) =>
        SendAnswer.From(await notifications.SendWelcomeAsync(new WelcomeEmail(request.Email, request.UserId), cancellationToken));
}
