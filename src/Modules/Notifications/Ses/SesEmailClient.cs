using System.Net.Http.Headers;
using System.Text.Json;
using CloudRetail.BuildingBlocks.Aws;
using CloudRetail.BuildingBlocks.Observability;
using CloudRetail.Notifications.Domain;
using Microsoft.Extensions.Logging;

namespace CloudRetail.Notifications.Ses;

/// <summary>
/// SES v2 SendEmail over HTTPS (AWSSDK.SimpleEmailV2 is not available here): one signed JSON POST
/// to /v2/email/outbound-emails. It never throws for a refusal, a network failure, missing
/// credentials or a cancellation; it answers why the e-mail was not sent.
/// </summary>
internal sealed class SesEmailClient(HttpClient http, SesCredentials credentials, NotificationsOptions options,
    TimeProvider clock, ILogger<SesEmailClient> logger)
{
    public const string Service = "ses";
    private const int MaxErrorLength = 500;
    private static readonly Uri SendEmailPath = new("v2/email/outbound-emails", UriKind.Relative);

    public async Task<SendOutcome> SendAsync(string to, RenderedEmail email, CancellationToken cancellationToken)
    {
        try
        {
            using var request = await SignedRequestAsync(to, email);
            using var response = await http.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return SendOutcome.Accepted(MessageId(body));
            }
            // SES names the recipient in some refusals ("identities failed the check: ann@..."): masked
            // before the body is logged or the error stored with the notification.
            logger.LogWarning("SES refused an e-mail: {Status} {Body}", (int)response.StatusCode, MaskedEmail.InText(body));
            return SendOutcome.Refused(Shorten(MaskedEmail.InText($"SES answered {(int)response.StatusCode}: {ErrorText(response, body)}")));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return SendOutcome.Refused("Sending was cancelled before SES answered");
        }
        catch (OperationCanceledException)
        {
            return SendOutcome.Refused($"SES did not answer within {http.Timeout.TotalSeconds:0} s");
        }
#pragma warning disable CA1031 // Whatever went wrong (network, DNS, TLS, credentials), the caller gets a result, not an exception.
        catch (Exception e)
#pragma warning restore CA1031
        {
            logger.LogWarning(e, "Could not reach SES");
            return SendOutcome.Refused(Shorten(MaskedEmail.InText($"Could not reach SES: {e.Message}")));
        }
    }

    private async Task<HttpRequestMessage> SignedRequestAsync(string to, RenderedEmail email)
    {
        var keys = await credentials.GetAsync();
        var body = JsonSerializer.SerializeToUtf8Bytes(SendEmailRequest.From(options.FromEmail, to, email), SesJson.Default.SendEmailRequest);
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(options.SesEndpoint, SendEmailPath))
        {
            Content = new ByteArrayContent(body),
        };
        // Set exactly, without a charset suffix, so the signed value is the one sent.
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var signature = SigV4.Sign(HttpMethod.Post, request.RequestUri!,
            [new("content-type", "application/json")], body, keys, options.Region, Service, clock.GetUtcNow());
        request.Headers.TryAddWithoutValidation("Authorization", signature.Authorization);
        request.Headers.Add("X-Amz-Date", signature.AmzDate);
        if (signature.SecurityToken is not null)
        {
            request.Headers.Add("X-Amz-Security-Token", signature.SecurityToken);
        }
        return request;
    }

    private static string? MessageId(string body)
    {
        try
        {
            return JsonSerializer.Deserialize(body, SesJson.Default.SendEmailResponse)?.MessageId;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>SES v2 names the error in x-amzn-ErrorType and explains it in the body's message.</summary>
    private static string ErrorText(HttpResponseMessage response, string body)
    {
        var type = response.Headers.TryGetValues("x-amzn-ErrorType", out var values) ? values.First().Split(':')[0] : null;
        string? message;
        try
        {
            using var json = JsonDocument.Parse(body);
            message = json.RootElement.ValueKind == JsonValueKind.Object
                && (json.RootElement.TryGetProperty("message", out var m) || json.RootElement.TryGetProperty("Message", out m))
                ? m.GetString()
                : body;
        }
        catch (JsonException)
        {
            message = body;
        }
        return string.Join(": ", new[] { type, message }.Where(s => !string.IsNullOrWhiteSpace(s)));
    }

    private static string Shorten(string error) => error.Length <= MaxErrorLength ? error : error[..MaxErrorLength];
}
