using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CloudRetail.BuildingBlocks.Http;
using CloudRetail.BuildingBlocks.Observability;
using CloudRetail.BuildingBlocks.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CloudRetail.BuildingBlocks.Idempotency;

/// <summary>
/// Makes a POST safe to retry with an <c>Idempotency-Key</c> header: the same key and body replay
/// the first answer (status, body and <c>Location</c>); the same key with another body is 422; a
/// retry while the first is still running is 409, until the first one's lease lapses. A 5xx or an
/// exception releases the key, unless the handler wrote its answer in the transaction that did its
/// work (<see cref="IdempotentAnswers"/>). Keys belong to the caller, so two shoppers never collide.
/// </summary>
internal sealed class IdempotencyFilter(IdempotencyTable table, IHostApplicationLifetime host) : IEndpointFilter
{
    public const string Header = "Idempotency-Key";
    private const int MaxKeyLength = 128;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var key = http.Request.Headers[Header].ToString();
        if (key.Length == 0)
        {
            return await next(context);
        }
        if (key.Length > MaxKeyLength)
        {
            return ShopProblems.Invalid(Header, $"{Header} is at most {MaxKeyLength} characters");
        }
        var caller = http.User.ShopperIdOrNull() ?? "anonymous";
        var scopedKey = $"{caller}#{http.Request.Method} {http.Request.Path}#{key}";
        var fingerprint = Fingerprint(context);

        var claim = await table.ClaimAsync(scopedKey, fingerprint, http.RequestAborted);
        if (claim.Lease is not { } lease)
        {
            return Replay(claim.Earlier!, fingerprint, http);
        }
        http.Features.Set(new ClaimedKey(table, scopedKey, lease, fingerprint));
        RunToTheEnd(context);
        object? result;
        try
        {
            result = await next(context);
        }
        catch
        {
            await table.ReleaseAsync(scopedKey, lease);
            throw;
        }
        // Handlers answer Results<A, B>; what to remember is the result inside.
        var answer = result is INestedHttpResult nested ? nested.Result : result;
        if ((answer as IStatusCodeHttpResult)?.StatusCode >= 500)
        {
            await table.ReleaseAsync(scopedKey, lease);
            return result;
        }
        await table.CompleteAsync(scopedKey, lease, await AnswerAsync(answer, http));
        return result;
    }

    /// <summary>A keyed request finishes even if its client goes away, so that the client's retry
    /// learns what happened (its order id, say) instead of a half-known outcome. Only the host
    /// stopping cancels it.</summary>
    private void RunToTheEnd(EndpointFilterInvocationContext context)
    {
        for (var i = 0; i < context.Arguments.Count; i++)
        {
            if (context.Arguments[i] is CancellationToken)
            {
                context.Arguments[i] = host.ApplicationStopping;
            }
        }
    }

    private static IResult Replay(Remembered earlier, string fingerprint, HttpContext http)
    {
        if (earlier.Fingerprint != fingerprint)
        {
            return ShopProblems.Problem(StatusCodes.Status422UnprocessableEntity, $"This {Header} was already used for a different request");
        }
        if (earlier.InProgress)
        {
            return ShopProblems.Conflict($"A request with this {Header} is still being processed; retry shortly");
        }
        http.Response.Headers["Idempotent-Replayed"] = "true";
        if (earlier.Location is not null)
        {
            http.Response.Headers.Location = earlier.Location;
        }
        ShopMetrics.IdempotentReplay(http.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName ?? "unnamed");
        return Results.Content(earlier.Body, earlier.ContentType, Encoding.UTF8, earlier.Status);
    }

    /// <summary>What is remembered of a result, as its client gets it: status, body, content type and Location, rendered
    /// once into memory. Created and Accepted carry their Location in no common interface, and
    /// rendering reads it without reflection, which the Native AOT binary does not offer.</summary>
    internal static async Task<Answered> AnswerAsync(object? answer, HttpContext http)
    {
        var status = (answer as IStatusCodeHttpResult)?.StatusCode ?? StatusCodes.Status200OK;
        if (answer is not IResult result)
        {
            var body = answer is null ? "null" : JsonSerializer.Serialize(answer, JsonOptions(http).GetTypeInfo(answer.GetType()));
            return new Answered(status, body, "application/json", null);
        }
        var probe = new DefaultHttpContext { RequestServices = http.RequestServices, TraceIdentifier = http.TraceIdentifier };
        using var rendered = new MemoryStream();
        probe.Response.Body = rendered;
        await result.ExecuteAsync(probe);
        var contentType = probe.Response.ContentType ?? (status >= 400 ? "application/problem+json" : "application/json");
        var location = probe.Response.Headers.Location.ToString();
        return new Answered(probe.Response.StatusCode, Encoding.UTF8.GetString(rendered.ToArray()), contentType, location.Length > 0 ? location : null);
    }

    /// <summary>What makes two requests "the same": the path and the JSON body as bound.</summary>
    private static string Fingerprint(EndpointFilterInvocationContext context)
    {
        var bodyType = context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;
        var body = bodyType is null ? null : context.Arguments.FirstOrDefault(a => a?.GetType() == bodyType);
        var json = body is null ? "null" : JsonSerializer.Serialize(body, JsonOptions(context.HttpContext).GetTypeInfo(body.GetType()));
        var text = $"{context.HttpContext.Request.Path}\n{json}";
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    private static JsonSerializerOptions JsonOptions(HttpContext http) =>
        http.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
}
