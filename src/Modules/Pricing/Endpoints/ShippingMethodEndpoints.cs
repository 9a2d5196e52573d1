using CloudRetail.Addresses;
using CloudRetail.BuildingBlocks.Http;
using CloudRetail.Pricing.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Pricing.Endpoints;

internal sealed record ShippingMethodList(IReadOnlyList<ShippingOption> Items, int Count, string? DefaultShippingMethodId);

internal sealed record PricingDeleted(string Message, string Id);

internal static class ListShippingMethods
{
    /// <summary>What a shopper can choose for an address in <paramref name="country"/>: active methods
    /// that deliver there, and those that need no address; cheapest first.</summary>
    public static async Task<Results<Ok<ShippingMethodList>, ValidationProblem>> Handle(
        string? country, PricingTable table, PricingOptions options, CancellationToken cancellationToken)
    {
        if (country is not null && !Countries.IsKnown(country))
        {
            return ShopProblems.Invalid("country", "country must be an ISO 3166-1 alpha-2 code such as US or DE");
        }
        var code = country?.Trim().ToUpperInvariant();
        var offered = (await table.ShippingMethodsAsync(cancellationToken))
            .Where(m => m.Active && (code is null || m.DeliversTo(code)))
            .OrderBy(m => m.Price).ThenBy(m => m.ShippingMethodId, StringComparer.Ordinal).ToList();
        return TypedResults.Ok(new ShippingMethodList(offered, offered.Count, options.Shop.DefaultShippingMethodId));
    }
}

internal static class ListAllShippingMethods
{
    public static async Task<Ok<ShippingMethodList>> Handle(PricingTable table, PricingOptions options, CancellationToken cancellationToken)
    {
        var all = await table.ShippingMethodsAsync(cancellationToken);
        return TypedResults.Ok(new ShippingMethodList(all, all.Count, options.Shop.DefaultShippingMethodId));
    }
}

internal static class AddShippingMethod
{
    public static async Task<Results<Created<ShippingOption>, ValidationProblem, ProblemHttpResult>> Handle(
        ShippingMethodRequest request, PricingTable table, CancellationToken cancellationToken)
    {
        if (request.ShippingMethodId is not { } id)
        {
            return ShopProblems.Invalid("shippingMethodId", PricingIds.ShippingMethodRule);
        }
        var method = request.ToOption(id);
        return await table.SaveShippingMethodAsync(method, replace: false, cancellationToken)
            ? TypedResults.Created($"/api/admin/shipping-methods/{id}", method)
            : ShopProblems.Conflict($"Shipping method {id} already exists; change it with PUT");
    }
}

internal static class ChangeShippingMethod
{
    public static async Task<Results<Ok<ShippingOption>, ProblemHttpResult>> Handle(
        string shippingMethodId, ShippingMethodRequest request, PricingTable table, CancellationToken cancellationToken)
    {
        var method = request.ToOption(shippingMethodId);
        return await table.SaveShippingMethodAsync(method, replace: true, cancellationToken)
            ? TypedResults.Ok(method)
            : ShopProblems.NotFound("Shipping method not found");
    }
}

internal static class DeleteShippingMethod
{
    public static async Task<Results<Ok<PricingDeleted>, ProblemHttpResult>> Handle(string shippingMethodId, PricingTable table, CancellationToken cancellationToken) =>
        await table.DeleteShippingMethodAsync(shippingMethodId, cancellationToken)
            ? TypedResults.Ok(new PricingDeleted("Shipping method deleted", shippingMethodId))
            : ShopProblems.NotFound("Shipping method not found");
}
