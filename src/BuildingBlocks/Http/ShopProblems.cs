using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.BuildingBlocks.Http;

/// <summary>
/// Expected failures as application/problem+json. Each carries a <c>message</c> field (a kept shape: docs/compatibility.md)
/// beside the standard <c>detail</c>, so existing clients keep reading the text they know.
/// </summary>
public static class ShopProblems
{
    public static ProblemHttpResult BadRequest(string message, IReadOnlyDictionary<string, object?>? extensions = null) =>
        Problem(StatusCodes.Status400BadRequest, message, extensions);

    public static ProblemHttpResult NotFound(string message, IReadOnlyDictionary<string, object?>? extensions = null) =>
        Problem(StatusCodes.Status404NotFound, message, extensions);

    public static ProblemHttpResult Conflict(string message, IReadOnlyDictionary<string, object?>? extensions = null) =>
        Problem(StatusCodes.Status409Conflict, message, extensions);

    /// <summary>400 naming one bad field, shaped like the validation filter's answers.</summary>
    public static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { [field] = [message] },
            detail: message,
            extensions: new Dictionary<string, object?> { ["message"] = message });

    public static ProblemHttpResult Problem(int statusCode, string message, IReadOnlyDictionary<string, object?>? extensions = null)
    {
        var all = new Dictionary<string, object?>(extensions ?? new Dictionary<string, object?>()) { ["message"] = message };
        return TypedResults.Problem(detail: message, statusCode: statusCode, extensions: all);
    }
}
