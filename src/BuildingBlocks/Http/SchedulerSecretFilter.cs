using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CloudRetail.BuildingBlocks.Http;

/// <summary>
/// Scheduled jobs run only for a caller holding <see cref="ShopSettings.SchedulerSecret"/>. The
/// Lambda Web Adapter forwards the scheduled rule's event as the body and cannot add headers, so the
/// rule's event carries it as <c>{"schedulerSecret": "…"}</c>; an operator calling by hand may send
/// the <see cref="Header"/> instead. Compared in constant time.
/// </summary>
public static class SchedulerSecretFilter
{
    public const string Header = "X-Scheduler-Secret";
    public const string EventField = ShopPaths.SchedulerSecretField;
    public const string Refused = "Only the scheduler may start this job";

    public static RouteHandlerBuilder RequireSchedulerSecret(this RouteHandlerBuilder endpoint) =>
        endpoint.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var expected = http.RequestServices.GetRequiredService<IConfiguration>()[ShopSettings.SchedulerSecret];
            var presented = http.Request.Headers[Header].ToString() is { Length: > 0 } header ? header : await FromEventAsync(http.Request);
            return string.IsNullOrEmpty(expected) || !SameSecret(expected, presented)
                ? ShopProblems.Problem(StatusCodes.Status403Forbidden, Refused)
                : await next(context);
        });

    private static async Task<string?> FromEventAsync(HttpRequest request)
    {
        if (request.ContentLength is null or 0 || request.HasJsonContentType() is false)
        {
            return null;
        }
        try
        {
            using var json = await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
            return json.RootElement.ValueKind == JsonValueKind.Object
                && json.RootElement.TryGetProperty(EventField, out var secret) && secret.ValueKind == JsonValueKind.String
                ? secret.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Hashing first makes both sides one length, so the comparison time says nothing about the secret.</summary>
    private static bool SameSecret(string expected, string? presented) =>
        presented is not null && CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)), SHA256.HashData(Encoding.UTF8.GetBytes(presented)));
}
