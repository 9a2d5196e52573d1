using System.Net;
using System.Text.Json;
using CloudRetail.Notifications.Domain;
using CloudRetail.BuildingBlocks.Aws;
using CloudRetail.Notifications.Ses;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CloudRetail.Notifications.Tests;

/// <summary>The SES v2 request as it leaves the process, and what each kind of failure becomes; no network.</summary>
public sealed class SesEmailClientTests
{
    private static readonly NotificationsOptions Options = new("notifications", "noreply@cloudretail.local", "ap-southeast-1",
        new Uri("https://email.ap-southeast-1.amazonaws.com/"), StorefrontUrl: null);

    private static readonly RenderedEmail Email = EmailTemplates.OrderConfirmed(new OrderEmail("ann@example.com", "O-1", [], 109.97m, "USD", null));

    [Fact]
    public async Task Sends_a_signed_simple_email_to_the_v2_outbound_emails_path()
    {
        var ses = new RecordingSes(HttpStatusCode.OK, """{"MessageId":"m-1"}""");

        var outcome = await Client(ses, new AwsKeys("AKID", "SECRET", "TOKEN")).SendAsync("user@example.com", Email, CancellationToken.None);

        Assert.Equal(SendOutcome.Accepted("m-1"), outcome);
        var request = ses.Requests.Single();
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("https://email.ap-southeast-1.amazonaws.com/v2/email/outbound-emails", request.Uri.ToString());
        Assert.Equal("application/json", request.ContentType);
        Assert.Equal("20261121T101500Z", request.Headers["X-Amz-Date"]);
        Assert.Equal("TOKEN", request.Headers["X-Amz-Security-Token"]);
        Assert.StartsWith("AWS4-HMAC-SHA256 Credential=AKID/20261121/ap-southeast-1/ses/aws4_request, "
            + "SignedHeaders=content-type;host;x-amz-date;x-amz-security-token, Signature=", request.Headers["Authorization"], StringComparison.Ordinal);

        var body = JsonDocument.Parse(request.Body).RootElement;
        Assert.Equal("noreply@cloudretail.local", body.GetProperty("FromEmailAddress").GetString());
        Assert.Equal(["user@example.com"], body.GetProperty("Destination").GetProperty("ToAddresses").EnumerateArray().Select(a => a.GetString()));
        var simple = body.GetProperty("Content").GetProperty("Simple");
        Assert.Equal(Email.Subject, simple.GetProperty("Subject").GetProperty("Data").GetString());
        Assert.Equal(Email.Html, simple.GetProperty("Body").GetProperty("Html").GetProperty("Data").GetString());
        Assert.Equal(Email.Text, simple.GetProperty("Body").GetProperty("Text").GetProperty("Data").GetString());
        Assert.All(new[] { simple.GetProperty("Subject"), simple.GetProperty("Body").GetProperty("Html"), simple.GetProperty("Body").GetProperty("Text") },
            part => Assert.Equal("UTF-8", part.GetProperty("Charset").GetString()));
    }

    [Fact]
    public async Task Without_a_session_token_none_is_sent_or_signed()
    {
        var ses = new RecordingSes(HttpStatusCode.OK, """{"MessageId":"m-1"}""");

        await Client(ses, new AwsKeys("AKID", "SECRET")).SendAsync("user@example.com", Email, CancellationToken.None);

        Assert.False(ses.Requests.Single().Headers.ContainsKey("X-Amz-Security-Token"));
        Assert.Contains("SignedHeaders=content-type;host;x-amz-date,", ses.Requests.Single().Headers["Authorization"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refusal_is_an_outcome_naming_the_ses_error()
    {
        var ses = new RecordingSes(HttpStatusCode.BadRequest, """{"message":"Email address is not verified."}""", errorType: "MessageRejected:http://internal.amazon.com/");

        var outcome = await Client(ses, new AwsKeys("AKID", "SECRET")).SendAsync("user@example.com", Email, CancellationToken.None);

        Assert.False(outcome.Sent);
        Assert.Equal("SES answered 400: MessageRejected: Email address is not verified.", outcome.Error);
    }

    [Fact]
    public async Task A_refusal_naming_the_recipient_is_logged_and_kept_with_the_address_masked()
    {
        var ses = new RecordingSes(HttpStatusCode.BadRequest,
            """{"message":"Email address is not verified. The following identities failed the check in region EU-WEST-1: Ann.Smith@Example.com, <bob@shop.example>"}""",
            errorType: "MessageRejected");
        var logs = new RecordingLogger();

        var outcome = await Client(ses, new AwsKeys("AKID", "SECRET"), logs).SendAsync("Ann.Smith@Example.com", Email, CancellationToken.None);

        Assert.Equal("SES answered 400: MessageRejected: Email address is not verified. The following identities failed the check in region EU-WEST-1: "
            + "A***@Example.com, <b***@shop.example>", outcome.Error);
        var logged = Assert.Single(logs.Lines);
        Assert.DoesNotContain("Ann.Smith@", logged, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("bob@", logged, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("A***@Example.com", logged, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_network_failure_is_an_outcome_not_an_exception()
    {
        var ses = new RecordingSes(failWith: new HttpRequestException("Connection refused (127.0.0.1:9)"));

        var outcome = await Client(ses, new AwsKeys("AKID", "SECRET")).SendAsync("user@example.com", Email, CancellationToken.None);

        Assert.False(outcome.Sent);
        Assert.Equal("Could not reach SES: Connection refused (127.0.0.1:9)", outcome.Error);
    }

    [Fact]
    public async Task A_cancelled_send_is_an_outcome_not_an_exception()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var outcome = await Client(new RecordingSes(HttpStatusCode.OK, "{}"), new AwsKeys("AKID", "SECRET")).SendAsync("user@example.com", Email, cancelled.Token);

        Assert.False(outcome.Sent);
        Assert.Equal("Sending was cancelled before SES answered", outcome.Error);
    }

    private static SesEmailClient Client(RecordingSes ses, AwsKeys keys, ILogger<SesEmailClient>? logger = null) =>
        new(new HttpClient(ses), new SesCredentials(keys), Options, new FixedClock(new DateTimeOffset(2026, 11, 21, 10, 15, 0, TimeSpan.Zero)),
            logger ?? NullLogger<SesEmailClient>.Instance);

    /// <summary>Every line the client logs, formatted as a log sink would write it.</summary>
    private sealed class RecordingLogger : ILogger<SesEmailClient>
    {
        public List<string> Lines { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Lines.Add(formatter(state, exception) + (exception is null ? "" : " " + exception));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private sealed record SeenRequest(HttpMethod Method, Uri Uri, string? ContentType, Dictionary<string, string> Headers, string Body);

    private sealed class RecordingSes(HttpStatusCode status = HttpStatusCode.OK, string body = "{}", string? errorType = null, Exception? failWith = null)
        : HttpMessageHandler
    {
        public List<SeenRequest> Requests { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Requests.Add(new SeenRequest(request.Method, request.RequestUri!, request.Content?.Headers.ContentType?.ToString(),
                request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value)),
                request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken)));
            if (failWith is not null)
            {
                throw failWith;
            }
            var response = new HttpResponseMessage(status) { Content = new StringContent(body) };
            if (errorType is not null)
            {
                response.Headers.Add("x-amzn-ErrorType", errorType);
            }
            return response;
        }
    }
}
