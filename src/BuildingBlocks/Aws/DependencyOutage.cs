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
                case HttpRequestException or SocketException or IOException or TimeoutException:
                case AmazonServiceException { StatusCode: >= System.Net.HttpStatusCode.InternalServerError }:
                case AmazonServiceException { ErrorCode: "ThrottlingException" or "ProvisionedThroughputExceededException" or "RequestLimitExceeded" }:
                    return true;
            }
        }
        return false;
    }
}
