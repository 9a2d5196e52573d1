using System.Net.Sockets;
using Amazon.Runtime;

namespace CloudRetail.BuildingBlocks.Aws;

/// <summary>An AWS service that cannot be reached, or that says it is overloaded, is not a bug of ours:
/// the client sees 503 with Retry-After and tries again, instead of a 500.</summary>
public static class DependencyOutage
{
    public const string Message = "A service the shop depends on is unavailable: try again shortly";
    public const string RetryAfterSeconds = "5";

    public static bool IsOutage(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case HttpRequestException or SocketException or IOException or TimeoutException or DependencyUnavailableException:
                case AmazonServiceException { StatusCode: >= System.Net.HttpStatusCode.InternalServerError }:
                case AmazonServiceException { ErrorCode: "ThrottlingException" or "ProvisionedThroughputExceededException" or "RequestLimitExceeded" }:
                    return true;
            }
        }
        return false;
    }
}

/// <summary>A service the shop depends on answered, but not with something the request can go on with
/// (throttled, failing, an error the shop has no answer for): a module that calls it without the AWS SDK
/// says so with this, and the host answers 503 with Retry-After as for any outage.</summary>
public sealed class DependencyUnavailableException(string service, string reason, Exception? innerException = null)
    : Exception($"{service} is unavailable: {reason}", innerException)
{
    public string Service { get; } = service;
}
