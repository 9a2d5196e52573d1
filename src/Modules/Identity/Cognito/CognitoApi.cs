using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;

namespace CloudRetail.Identity.Cognito;

/// <summary>
/// Cognito's JSON protocol: one POST to the service root per operation, named in X-Amz-Target.
/// The user-facing operations need no AWS signature: the app client id (and its secret hash) say who
/// calls. A refusal comes back as a <see cref="CognitoException"/> carrying Cognito's error type.
/// </summary>
internal sealed class CognitoApi(HttpClient http, ILogger<CognitoApi> logger)
{
    private const string TargetPrefix = "AWSCognitoIdentityProviderService.";
    private static readonly MediaTypeHeaderValue AmzJson = new("application/x-amz-json-1.1");

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
