using CloudRetail.Notifications.Domain;
using CloudRetail.Notifications.Endpoints;

namespace CloudRetail.Notifications.Tests;

public sealed class NotificationValidationTests
{
    private static readonly OrderConfirmedValidator OrderConfirmed = new();

    private static OrderConfirmedRequest Valid() => new("user@example.com", "U1001", "O-a1b2c3d4", 109.97m, "USD");

    [Fact]
    public void The_documented_example_is_valid()
    {
        Assert.True(OrderConfirmed.Validate(Valid()).IsValid);
        Assert.True(new WelcomeValidator().Validate(new WelcomeRequest("user@example.com", "U1001")).IsValid);
        Assert.True(new PaymentFailedValidator().Validate(new PaymentFailedRequest("user@example.com", "U1001", "O-1")).IsValid);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-an-email")]
    [InlineData("a@")]
    [InlineData("@example.com")]
    [InlineData("a b@example.com")]
    [InlineData("a@example.com\r\nBcc: b@example.com")]
    [InlineData("üser@example.com")]
    public void An_email_must_be_an_address(string email)
    {
        AssertInvalid(Valid() with { Email = email }, nameof(OrderConfirmedRequest.Email));
    }

    [Fact]
    public void An_email_is_at_most_254_characters()
    {
        AssertInvalid(Valid() with { Email = new string('a', 64) + "@" + string.Join('.', Enumerable.Repeat(new string('b', 60), 4)) + ".com" },
            nameof(OrderConfirmedRequest.Email));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(1.001)]
    [InlineData(10000000.01)]
    public void An_amount_is_positive_bounded_and_in_cents(double amount)
    {
        AssertInvalid(Valid() with { Amount = (decimal)amount }, nameof(OrderConfirmedRequest.Amount));
    }

    [Fact]
    public void An_amount_is_required()
    {
        AssertInvalid(Valid() with { Amount = null }, nameof(OrderConfirmedRequest.Amount));
    }

    [Theory]
    [InlineData("usd")]
    [InlineData("US")]
    [InlineData("Dollar")]
    [InlineData("")]
    public void A_currency_is_an_iso_code(string currency)
    {
        AssertInvalid(Valid() with { Currency = currency }, nameof(OrderConfirmedRequest.Currency));
    }

    [Theory]
    [InlineData("")]
    [InlineData("O 1")]
    [InlineData("<b>O-1</b>")]
    public void An_order_id_is_a_plain_id(string orderId)
    {
        AssertInvalid(Valid() with { OrderId = orderId }, nameof(OrderConfirmedRequest.OrderId));
    }

    [Fact]
    public void A_user_id_is_bounded_and_plain()
    {
        AssertInvalid(Valid() with { UserId = new string('u', 129) }, nameof(OrderConfirmedRequest.UserId));
        AssertInvalid(Valid() with { UserId = "<script>" }, nameof(OrderConfirmedRequest.UserId));
    }

    [Theory]
    [InlineData("N-7c9e6679-7425-40de-944b-e07fc1f90ae7", true)]
    [InlineData("N-7c9e6679742540de944be07fc1f90ae7", false)]
    [InlineData("O-7c9e6679-7425-40de-944b-e07fc1f90ae7", false)]
    [InlineData("N-not-a-uuid", false)]
    public void A_notification_id_is_N_and_a_uuid(string notificationId, bool wellFormed)
    {
        Assert.Equal(wellFormed, Notification.IsWellFormedId(notificationId));
    }

    private static void AssertInvalid(OrderConfirmedRequest request, string property)
    {
        var result = OrderConfirmed.Validate(request);
        Assert.Contains(result.Errors, e => e.PropertyName == property);
    }
}
