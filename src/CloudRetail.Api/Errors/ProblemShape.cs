namespace CloudRetail.Api.Errors;

/// <summary>Every problem+json answer, whoever wrote it, carries a <c>message</c> (a kept shape: docs/compatibility.md) and the request id.</summary>
internal static class ProblemShape
{
    public static readonly string TooLarge = $"Request body is too large (at most {ShopHost.MaxRequestBodyBytes / 1024} KB)";

    public static void Complete(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Status == StatusCodes.Status413PayloadTooLarge)
        {
            problem.Detail ??= TooLarge;
        }
        problem.Extensions.TryAdd("message", problem.Detail ?? problem.Title);
        problem.Extensions["requestId"] = context.HttpContext.TraceIdentifier;
    }
}
