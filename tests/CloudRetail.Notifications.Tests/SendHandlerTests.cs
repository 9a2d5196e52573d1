using CloudRetail.Notifications.Domain;
using CloudRetail.Notifications.Endpoints;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Notifications.Tests;

/// <summary>What the send endpoints answer, called as handlers with the e-mails behind their
/// contract: what they hand on, 200 when SES took the mail and 502 (with the record to retry) when it
/// did not. Sending through the SES emulator is the API tests' (Notifications/).</summary>
public sealed class SendHandlerTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task A_welcome_goes_to_the_address_for_the_user_and_answers_the_record()
    {
        var mail = new RecordedNotifications(sent: true);

        var answer = await SendWelcome.Handle(new WelcomeRequest("ann@example.com", "sub-1"), mail, None);

        Assert.Equal(new NotificationSent("Notification sent", "user-registered", "ann@example.com", "N-1"),
            Assert.IsType<Ok<NotificationSent>>(answer.Result).Value);
        Assert.Equal([new WelcomeEmail("ann@example.com", "sub-1")], mail.Sent);
    }

    [Fact]
    public async Task An_order_confirmation_hands_on_the_amount_currency_and_lines_as_sent()
    {
        var mail = new RecordedNotifications(sent: true);
        EmailLine[] lines = [new("Lamp", 2, 12.50m)];

        await SendOrderConfirmed.Handle(new OrderConfirmedRequest("ann@example.com", "sub-1", "ORD-1", 25.00m, "SGD", lines), mail, None);

        var email = Assert.IsType<OrderConfirmedEmail>(Assert.Single(mail.Sent));
        Assert.Equal(("ann@example.com", "ORD-1", 25.00m, "SGD"), (email.To, email.OrderId, email.Amount, email.Currency));
        Assert.Equal(lines, email.Lines);
    }

    [Fact]
    public async Task A_mail_ses_did_not_take_is_502_naming_the_record_to_retry_and_why()
    {
        var answer = await SendWelcome.Handle(new WelcomeRequest("ann@example.com", "sub-1"), new RecordedNotifications(sent: false), None);

        var problem = Assert.IsType<ProblemHttpResult>(answer.Result).ProblemDetails;
        Assert.Equal(502, problem.Status);
        Assert.Equal(SendAnswer.CouldNotSend, problem.Extensions["message"]);
        Assert.Equal(("N-1", "user-registered", "ann@example.com", "SES unreachable"),
            (problem.Extensions["notificationId"], problem.Extensions["notificationType"], problem.Extensions["toEmail"], problem.Extensions["error"]));
    }

    [Fact]
    public void An_unknown_type_is_404_naming_the_types_the_shop_sends()
    {
        var problem = RejectUnknownType.Handle().ProblemDetails;

        Assert.Equal(404, problem.Status);
        Assert.Equal(NotificationTypes.All, problem.Extensions["knownTypes"]);
    }

    private sealed class RecordedNotifications(bool sent) : INotifications
    {
        public List<object> Sent { get; } = [];

        public Task<NotificationReceipt> SendWelcomeAsync(WelcomeEmail email, CancellationToken cancellationToken) =>
            Record(email, "user-registered", email.To);

        public Task<NotificationReceipt> SendOrderConfirmedAsync(OrderConfirmedEmail email, CancellationToken cancellationToken) =>
            Record(email, "order-confirmed", email.To);

        public Task<NotificationReceipt> SendPaymentFailedAsync(PaymentFailedEmail email, CancellationToken cancellationToken) =>
            Record(email, "payment-failed", email.To);

        public Task<NotificationReceipt> SendOrderCancelledAsync(OrderCancelledEmail email, CancellationToken cancellationToken) =>
            Record(email, "order-cancelled", email.To);

        private Task<NotificationReceipt> Record(object email, string type, string to)
        {
            Sent.Add(email);
            return Task.FromResult(new NotificationReceipt("N-1", type, to, sent, sent ? null : "SES unreachable"));
        }
    }
}
