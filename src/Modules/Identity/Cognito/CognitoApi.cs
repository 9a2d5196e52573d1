using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CloudRetail.BuildingBlocks.Aws;
using Microsoft.Extensions.Logging;

namespace CloudRetail.Identity.Cognito;

/// <summary>
/// Cognito's JSON protocol: one POST to the service root per operation, named in X-Amz-Target.
/// The user-facing operations need no AWS signature: the app client id (and its secret hash) say who
/// calls. The admin operations (<see cref="CallAsAdminAsync{TRequest, TResponse}"/>) are signed with
/// SigV4 as the function's role. A refusal comes back as a <see cref="CognitoException"/> carrying
/// Cognito's error type.
/// </summary>
internal sealed class CognitoApi(HttpClient http, CognitoCredentials credentials, UserPool pool, TimeProvider clock, ILogger<CognitoApi> logger)
{
    public const string Service = "cognito-idp";
    private const string TargetPrefix = "AWSCognitoIdentityProviderService.";
    private const string AmzJsonType = "application/x-amz-json-1.1";
    private static readonly MediaTypeHeaderValue AmzJson = new(AmzJsonType);

    /// <summary>Bodies go through <see cref="CognitoJson"/>'s build-time metadata: the shipped
    /// binary is Native AOT and has no reflection-based serializer.</summary>
    public async Task<TResponse> CallAsync<TRequest, TResponse>(string operation, TRequest request,
        JsonTypeInfo<TRequest> requestType, JsonTypeInfo<TResponse> responseType, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, http.BaseAddress)
        {
            Content = JsonContent.Create(request, requestType, AmzJson),
        };
        message.Headers.Add("X-Amz-Target", TargetPrefix + operation);
        return await SendAsync(operation, message, responseType, cancellationToken);
    }

    /// <summary>An admin operation (ListUsers, AdminGetUser, AdminDisableUser, ...), signed with
    /// SigV4 for <see cref="Service"/> in the pool's region; the target header is signed too.</summary>
    public async Task<TResponse> CallAsAdminAsync<TRequest, TResponse>(string operation, TRequest request,
        JsonTypeInfo<TRequest> requestType, JsonTypeInfo<TResponse> responseType, CancellationToken cancellationToken)
    {
        var keys = await credentials.GetAsync();
        var body = JsonSerializer.SerializeToUtf8Bytes(request, requestType);
        using var message = new HttpRequestMessage(HttpMethod.Post, http.BaseAddress) { Content = new ByteArrayContent(body) };
        // Set exactly, without a charset suffix, so the signed value is the one sent.
        message.Content.Headers.ContentType = new MediaTypeHeaderValue(AmzJsonType);
        message.Headers.Add("X-Amz-Target", TargetPrefix + operation);
        var signature = SigV4.Sign(HttpMethod.Post, http.BaseAddress!,
            [new("content-type", AmzJsonType), new("x-amz-target", TargetPrefix + operation)], body, keys, pool.Region, Service, clock.GetUtcNow());
        message.Headers.TryAddWithoutValidation("Authorization", signature.Authorization);
        message.Headers.Add("X-Amz-Date", signature.AmzDate);
        if (signature.SecurityToken is not null)
        {
            message.Headers.Add("X-Amz-Security-Token", signature.SecurityToken);
        }
        return await SendAsync(operation, message, responseType, cancellationToken);
    }

    public Task CallAsAdminAsync<TRequest>(string operation, TRequest request, JsonTypeInfo<TRequest> requestType, CancellationToken cancellationToken) =>
        CallAsAdminAsync(operation, request, requestType, CognitoJson.Default.JsonElement, cancellationToken);

    private async Task<TResponse> SendAsync<TResponse>(string operation, HttpRequestMessage message, JsonTypeInfo<TResponse> responseType, CancellationToken cancellationToken)
    {
        using var response = await http.SendAsync(message, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            return JsonSerializer.Deserialize(body.Length == 0 ? "{}" : body, responseType)
                ?? throw new JsonException($"Cognito {operation} answered an empty body");
        }
        var error = CognitoException.FromResponse(operation, body, response.Headers.TryGetValues("x-amzn-ErrorType", out var types) ? types.First() : null);
        if ((int)response.StatusCode >= 500)
        {
            logger.LogWarning("Cognito {Operation} failed with {Status}: {Type} {Message}", operation, (int)response.StatusCode, error.ErrorType, error.Message);
        }
        throw error;
    }

    public Task CallAsync<TRequest>(string operation, TRequest request, JsonTypeInfo<TRequest> requestType, CancellationToken cancellationToken) =>
        CallAsync(operation, request, requestType, CognitoJson.Default.JsonElement, cancellationToken);
}
