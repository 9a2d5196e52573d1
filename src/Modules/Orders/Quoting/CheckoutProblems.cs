using CloudRetail.BuildingBlocks.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Orders.Quoting;

internal static class CheckoutProblems
{
    /// <summary>400 naming the bad field in <c>errors</c>, as the validation filter's answers do.</summary>
    public static ProblemHttpResult Invalid(string field, string message) => Invalid(new Dictionary<string, string> { [field] = message });

    public static ProblemHttpResult Invalid(IReadOnlyDictionary<string, string> errors)
    {
        var message = string.Join(" ", errors.Values.Distinct());
        return ShopProblems.BadRequest(message, new Dictionary<string, object?>
        {
            ["errors"] = errors.ToDictionary(e => e.Key, e => new[] { e.Value }),
        });
    }
}
