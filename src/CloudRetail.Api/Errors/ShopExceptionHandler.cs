using System.Text.Json;
using CloudRetail.BuildingBlocks.Aws;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace CloudRetail.Api.Errors;

/// <summary>Turns what reached the host unhandled into problem+json. Bad requests the framework
/// detected become 4xx naming the field; anything else is a 500 that tells nothing of the inside.</summary>
internal sealed class ShopExceptionHandler(IProblemDetailsService problems, ILogger<ShopExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            BadHttpRequestException { InnerException: JsonException json } => InvalidJson(json),
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => Problem(413, ProblemShape.TooLarge),
            BadHttpRequestException when SentNoBody(http.Request) => Problem(StatusCodes.Status400BadRequest, "Request body is required"),
            BadHttpRequestException bad => Problem(bad.StatusCode, bad.Message),
            _ when DependencyOutage.IsOutage(exception) => Problem(StatusCodes.Status503ServiceUnavailable, DependencyOutage.Message),
            _ => null,
        };
        if (problem?.Status == StatusCodes.Status503ServiceUnavailable)
        {
            logger.LogWarning(exception, "A dependency is unavailable on {Method} {Path}", http.Request.Method, http.Request.Path);
            http.Response.Headers.RetryAfter = DependencyOutage.RetryAfterSeconds;
        }
        if (problem is null)
        {
            logger.LogError(exception, "Unhandled error on {Method} {Path}", http.Request.Method, http.Request.Path);
            problem = Problem(StatusCodes.Status500InternalServerError, "Something went wrong on our side; the request id helps us find it");
        }
        http.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem, Exception = exception });
    }

    private static bool SentNoBody(HttpRequest request) =>
        (HttpMethods.IsPost(request.Method) || HttpMethods.IsPut(request.Method)) && request.ContentLength is null or 0;

    /// <summary>HttpValidationProblemDetails, not MVC's subclass: the framework's problem writer has
    /// build-time JSON metadata for this one, and the Native AOT binary has no other kind.</summary>
    private static HttpValidationProblemDetails InvalidJson(JsonException json)
    {
        var field = json.Path is null or "$" ? null : json.Path.TrimStart('$', '.');
        var detail = field is null
            ? "Invalid JSON body: the body is not well-formed JSON"
            : $"Invalid JSON body: '{field}' is malformed or has the wrong type";
        var problem = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field ?? "body"] = [detail] })
        {
            Status = StatusCodes.Status400BadRequest,
            Detail = detail,
        };
        problem.Extensions["message"] = "Invalid JSON body";
        return problem;
    }

    private static ProblemDetails Problem(int status, string message)
    {
        var problem = new ProblemDetails { Status = status, Detail = message };
        problem.Extensions["message"] = message;
        return problem;
    }
}
