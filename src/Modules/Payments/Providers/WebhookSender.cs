using System.Text;
using System.Text.Json;
using CloudRetail.Payments.Endpoints;
using CloudRetail.Payments.Persistence;
using CloudRetail.Payments.Webhooks;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CloudRetail.Payments.Providers;

/// <summary>The simulated processor's webhook delivery: signs each event with the shared secret (at the
/// time of sending, so a late delivery is not stale) and POSTs it to the shop, on the schedule of
/// <see cref="WebhookSchedule"/>; the simulator's books record each owed webhook until it is acknowledged.</summary>
internal sealed class WebhookSender(
    HttpClient http, PaymentsOptions options, CardSimulatorTable books, IServer server, TimeProvider clock, IHostApplicationLifetime lifetime,
    ILogger<WebhookSender> logger)
{
    public const string Path = "/api/payments/webhook";

    /// <summary>Delivers in the background, after the charge call has answered: the first tries from this
    /// process; what they leave owed, the sweep sends again (<see cref="ResendAsync"/>).</summary>
    public void Deliver(string entryKey, PaymentEvent paymentEvent) => _ = Task.Run(() => DeliverAsync(entryKey, paymentEvent, lifetime.ApplicationStopping));

    private async Task DeliverAsync(string entryKey, PaymentEvent paymentEvent, CancellationToken stopping)
    {
        try
        {
            for (var delivery = 1; delivery <= WebhookSchedule.InProcess; delivery++)
            {
                if (await SendAsync(paymentEvent, delivery, stopping))
                {
                    await books.DeliveredAsync(entryKey, clock.GetUtcNow(), CancellationToken.None);
                    return;
                }
                if (delivery < WebhookSchedule.InProcess)
                {
                    await Task.Delay(WebhookSchedule.WaitAfter(delivery)!.Value, stopping);
                }
            }
            await books.FailedDeliveryAsync(entryKey, WebhookSchedule.InProcess, clock.GetUtcNow() + WebhookSchedule.WaitAfter(WebhookSchedule.InProcess),
                clock.GetUtcNow(), CancellationToken.None);
            logger.LogWarning("Webhook {EventId} for {PaymentId} not acknowledged after {Deliveries} deliveries; the sweep sends it again",
                paymentEvent.Id, paymentEvent.PaymentId, WebhookSchedule.InProcess);
        }
#pragma warning disable CA1031 // A background delivery has no caller to tell; the books still say it is owed, and the sweep sends it.
        catch (Exception e)
#pragma warning restore CA1031
        {
            logger.LogWarning(e, "Webhook {EventId} for {PaymentId}: delivery stopped; the sweep sends it again", paymentEvent.Id, paymentEvent.PaymentId);
        }
    }

    /// <summary>One more delivery of an owed webhook, for the sweep; true when the shop acknowledged it.</summary>
    public async Task<bool> ResendAsync(OwedWebhook owed, CancellationToken cancellationToken)
    {
        var delivery = owed.Deliveries + 1;
        var now = clock.GetUtcNow();
        if (await SendAsync(owed.Event, delivery, cancellationToken))
        {
            await books.DeliveredAsync(owed.EntryKey, clock.GetUtcNow(), cancellationToken);
            return true;
        }
        var wait = WebhookSchedule.WaitAfter(delivery);
        await books.FailedDeliveryAsync(owed.EntryKey, delivery, now + wait, now, cancellationToken);
        if (wait is null)
        {
            logger.LogError("Webhook {EventId} for {PaymentId} was not acknowledged after {Deliveries} deliveries; the simulator gives up",
                owed.Event.Id, owed.Event.PaymentId, delivery);
        }
        return false;
    }

    /// <summary>True when the shop answered 2xx or 4xx: it has the event, or will never take it.</summary>
    private async Task<bool> SendAsync(PaymentEvent paymentEvent, int delivery, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.Serialize(paymentEvent, PaymentsJson.Default.PaymentEvent);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(CallbackBase(), Path))
            {
                Content = new StringContent(body, Encoding.UTF8, "application/json"),
            };
            request.Headers.Add(WebhookSignature.Header, WebhookSignature.Sign(options.WebhookSecret!, clock.GetUtcNow(), body));
            using var response = await http.SendAsync(request, cancellationToken);
            return (int)response.StatusCode < 500;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "Webhook {EventId} for {PaymentId}: delivery {Delivery} failed", paymentEvent.Id, paymentEvent.PaymentId, delivery);
            return false;
        }
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
