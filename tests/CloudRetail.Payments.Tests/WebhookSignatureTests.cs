using CloudRetail.Payments.Webhooks;

namespace CloudRetail.Payments.Tests;

public sealed class WebhookSignatureTests
{
    private const string Secret = "0123456789abcdef-secret";
    private const string Body = "{\"id\":\"evt_1\",\"type\":\"payment.succeeded\",\"paymentId\":\"PAY-1\"}";
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    [Fact]
    public void A_body_signed_now_with_the_secret_is_accepted() =>
        Assert.Null(WebhookSignature.Verify(Secret, WebhookSignature.Sign(Secret, Now, Body), Body, Now, Tolerance));

    [Fact]
    public void The_signature_is_hmac_sha256_over_time_dot_body() =>
        // From openssl: printf '1795262400.%s' "$BODY" | openssl dgst -sha256 -hmac "$SECRET"
        Assert.Equal("t=1795262400,v1=166f905e8623e41496a469407174156004fb8cb9be8f6e3e460d2f44f6275a9f", WebhookSignature.Sign(Secret, Now, Body));

    [Fact]
    public void Another_secret_is_refused() =>
        Assert.Equal("Payment-Signature does not match the body",
            WebhookSignature.Verify(Secret, WebhookSignature.Sign("another-secret-0123456", Now, Body), Body, Now, Tolerance));

    [Fact]
    public void A_changed_body_is_refused() =>
        Assert.NotNull(WebhookSignature.Verify(Secret, WebhookSignature.Sign(Secret, Now, Body), Body.Replace("succeeded", "declined"), Now, Tolerance));

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    public void A_timestamp_outside_the_tolerance_is_refused(int seconds) =>
        Assert.Contains("timestamp", WebhookSignature.Verify(Secret, WebhookSignature.Sign(Secret, Now.AddSeconds(seconds), Body), Body, Now, Tolerance));

    [Fact]
    public void A_timestamp_just_inside_the_tolerance_is_accepted() =>
        Assert.Null(WebhookSignature.Verify(Secret, WebhookSignature.Sign(Secret, Now.AddSeconds(-299), Body), Body, Now, Tolerance));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("v1=abc")]
    [InlineData("t=abc,v1=abc")]
    [InlineData("t=-5,v1=abc")]
    [InlineData("t=99999999999999999999,v1=abc")]
    [InlineData("t=1795262400")]
    public void A_malformed_header_is_refused_without_throwing(string? header) =>
        Assert.NotNull(WebhookSignature.Verify(Secret, header, Body, Now, Tolerance));
}
