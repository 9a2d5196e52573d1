using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

using CloudRetail.Testing;

namespace CloudRetail.Bench;

internal sealed record TripResult(int Trips, int Failures, TimeSpan Elapsed, List<double> CheckoutMs, List<double> TripMs)
{
    public double TripsPerSecond => Trips / Elapsed.TotalSeconds;

    /// <summary>The runs of one app as one: all their trips over all their time, every latency.</summary>
    public static TripResult Sum(IReadOnlyCollection<TripResult> runs) => new(
        runs.Sum(r => r.Trips), runs.Sum(r => r.Failures), TimeSpan.FromTicks(runs.Sum(r => r.Elapsed.Ticks)),
        [.. runs.SelectMany(r => r.CheckoutMs)], [.. runs.SelectMany(r => r.TripMs)]);
}

/// <summary>A shopping trip: add K lines (one unit each), check out, pay (COD confirms the order). Paying every order
/// keeps pending orders from piling up against any per-shopper limit.</summary>
internal static class Trips
{
    /// <summary>Every shopper loops trips until <paramref name="duration"/> has passed (a started trip finishes).</summary>
    public static async Task<TripResult> RunAsync(string apiUrl, IReadOnlyList<Shopper> shoppers, int lines, TimeSpan duration)
    {
        var checkouts = new List<double>();
        var trips = new List<double>();
        var failures = 0;
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(shoppers.Select(async shopper =>
        {
            using var client = ClientFor(apiUrl, shopper);
            while (Stopwatch.GetElapsedTime(started) < duration)
            {
                var trip = await TripAsync(client, shopper, lines);
                lock (checkouts)
                {
                    if (trip is { } done)
                    {
                        checkouts.Add(done.CheckoutMs);
                        trips.Add(done.TripMs);
                    }
                    else
                    {
                        failures++;
                    }
                }
            }
        }));
        return new TripResult(trips.Count, failures, Stopwatch.GetElapsedTime(started), checkouts, trips);
    }

    public static HttpClient ClientFor(string apiUrl, Shopper shopper)
    {
        var client = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = new Uri(apiUrl) };
        client.DefaultRequestHeaders.Authorization = SignedInClients.Bearer(shopper.AccessToken);
        return client;
    }

    /// <summary>One trip; null when any step failed (the failure is counted, the loop goes on).
    /// RequestMs adds up the K + 2 requests' own times, each rounded up to the millisecond as Lambda
    /// bills an invocation, without what <paramref name="step"/> does between them.</summary>
    public static async Task<(double CheckoutMs, double TripMs, double RequestMs)?> TripAsync(HttpClient client, Shopper shopper, int lines, Func<string, Task>? step = null)
    {
        var started = Stopwatch.GetTimestamp();
        var requestMs = 0.0;
        long requestStarted = 0;
        void Begin() => requestStarted = Stopwatch.GetTimestamp();
        void End() => requestMs += Math.Ceiling(Stopwatch.GetElapsedTime(requestStarted).TotalMilliseconds);
        await (step?.Invoke("add to cart") ?? Task.CompletedTask);
        foreach (var productId in shopper.ProductIds.Take(lines))
        {
            Begin();
            using var added = await client.PostAsJsonAsync("/api/cart/items", new { productId, qty = 1 });
            End();
            if (!added.IsSuccessStatusCode)
            {
                await Report.FailureAsync("add to cart", added);
                return null;
            }
        }
        await (step?.Invoke("checkout") ?? Task.CompletedTask);
        var checkoutStarted = Stopwatch.GetTimestamp();
        Begin();
        using var checkout = await client.PostAsync("/api/orders/checkout", content: null);
        End();
        var checkoutMs = Stopwatch.GetElapsedTime(checkoutStarted).TotalMilliseconds;
        if (!checkout.IsSuccessStatusCode)
        {
            await Report.FailureAsync("checkout", checkout);
            return null;
        }
        var orderId = (string)JsonNode.Parse(await checkout.Content.ReadAsStringAsync())!["order"]!["orderId"]!;
        await (step?.Invoke("pay") ?? Task.CompletedTask);
        Begin();
        using var paid = await client.PostAsJsonAsync("/api/payments", new { orderId });
        End();
        if (!paid.IsSuccessStatusCode)
        {
            await Report.FailureAsync("pay", paid);
            return null;
        }
        return (checkoutMs, Stopwatch.GetElapsedTime(started).TotalMilliseconds, requestMs);
    }
}
