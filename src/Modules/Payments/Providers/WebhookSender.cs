using System.Text;
using System.Text.Json;
using CloudRetail.Payments.Webhooks;
using CloudRetail.Payments.Endpoints;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CloudRetail.Payments.Providers;

/// <summary>The simulated processor's webhook delivery: signs each event with the shared secret and
/// POSTs it to the shop, after the charge call has answered, retrying a few times as processors do.</summary>
internal sealed class WebhookSender(
    HttpClient http, PaymentsOptions options, IServer server, TimeProvider clock, IHostApplicationLifetime lifetime, ILogger<WebhookSender> logger)
{
    public const string Path = "/api/payments/webhook";
    private const int Attempts = 3;

    public void Deliver(PaymentEvent paymentEvent) => _ = Task.Run(() => DeliverAsync(paymentEvent, lifetime.ApplicationStopping));

    private async Task DeliverAsync(PaymentEvent paymentEvent, CancellationToken stopping)
    {
        var body = JsonSerializer.Serialize(paymentEvent, PaymentsJson.Default.PaymentEvent);
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(CallbackBase(), Path))
                {
                    Content = new StringContent(body, Encoding.UTF8, "application/json"),
                };
                request.Headers.Add(WebhookSignature.Header, WebhookSignature.Sign(options.WebhookSecret!, clock.GetUtcNow(), body));
                using var response = await http.SendAsync(request, stopping);
                // A 4xx means the shop has it or will never take it; only a 5xx is worth another try.
                if ((int)response.StatusCode < 500)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !stopping.IsCancellationRequested)
            {
                logger.LogWarning(e, "Webhook {EventId} for {PaymentId}: delivery attempt {Attempt} failed", paymentEvent.Id, paymentEvent.PaymentId, attempt);
            }
            await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt), stopping);
        }
        logger.LogError("Webhook {EventId} for {PaymentId} was not delivered; the reservation sweep settles the payment", paymentEvent.Id, paymentEvent.PaymentId);
    }

    /// <summary>The configured callback, or this app's own address.</summary>
    private Uri CallbackBase()
    {
        if (options.SimulatorCallbackUrl is { } configured)
        {
            return configured;
        }
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("The server has no address to deliver webhooks to; set " + PaymentsOptions.SimulatorCallbackUrlKey);
        return new Uri(address.Replace("://+", "://localhost").Replace("://*", "://localhost").Replace("://0.0.0.0", "://localhost").Replace("://[::]", "://localhost"));
    }
}
