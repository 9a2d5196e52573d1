using Microsoft.AspNetCore.Http;

namespace CloudRetail.BuildingBlocks.Http;

/// <summary>The status code a handler answered, for filters that act on it after the handler ran.</summary>
public static class ResultStatus
{
    /// <summary>Handlers answer <c>Results&lt;A, B&gt;</c>; the status is the inner result's (200 when it names none).</summary>
    public static int Of(object? result)
    {
        var answer = result is INestedHttpResult nested ? nested.Result : result;
        return (answer as IStatusCodeHttpResult)?.StatusCode ?? StatusCodes.Status200OK;
    }
}
