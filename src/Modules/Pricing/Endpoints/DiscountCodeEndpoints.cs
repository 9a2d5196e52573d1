using CloudRetail.BuildingBlocks.Http;
using CloudRetail.Pricing.Domain;
using CloudRetail.Pricing.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Pricing.Endpoints;

/// <param name="Redeemed">Redemptions so far by orders that were not cancelled.</param>
internal sealed record DiscountCodeView(
    string Code, DiscountKind Kind, decimal Value, string? Currency, decimal? MinSubtotal, DateTimeOffset? StartsAt, DateTimeOffset? EndsAt,
    int? RedemptionLimit, int? PerShopperLimit, bool Active, int Redeemed)
{
    public static DiscountCodeView From(DiscountCodeState c) =>
        new(c.Code, c.Kind, c.Value, c.Currency, c.MinSubtotal, c.StartsAt, c.EndsAt, c.RedemptionLimit, c.PerShopperLimit, c.Active, c.Redeemed);
}

internal sealed record DiscountCodeList(IReadOnlyList<DiscountCodeView> Items, int Count);

internal static class ListDiscountCodes
{
    public static async Task<Ok<DiscountCodeList>> Handle(PricingTable table, CancellationToken cancellationToken)
    {
        var codes = (await table.DiscountCodesAsync(cancellationToken)).Select(DiscountCodeView.From).ToList();
        return TypedResults.Ok(new DiscountCodeList(codes, codes.Count));
    }
}

internal static class GetDiscountCode
{
    public static async Task<Results<Ok<DiscountCodeView>, ProblemHttpResult>> Handle(string code, PricingTable table, CancellationToken cancellationToken) =>
        await table.FindDiscountCodeAsync(DiscountCodes.Normalize(code), cancellationToken) is { } found
            ? TypedResults.Ok(DiscountCodeView.From(found))
            : ShopProblems.NotFound("Discount code not found");
}

internal static class AddDiscountCode
{
    public static async Task<Results<Created<DiscountCodeView>, ValidationProblem, ProblemHttpResult>> Handle(
        DiscountCodeRequest request, PricingTable table, CancellationToken cancellationToken)
    {
        if (request.Code is null)
        {
            return ShopProblems.Invalid("code", "code is required: 3 to 32 letters, digits, '-' or '_'");
        }
        var code = request.ToState(DiscountCodes.Normalize(request.Code));
        return await table.AddDiscountCodeAsync(code, cancellationToken)
            ? TypedResults.Created($"/api/admin/discount-codes/{code.Code}", DiscountCodeView.From(code))
            : ShopProblems.Conflict($"Discount code {code.Code} already exists; change it with PUT");
    }
}

internal static class ChangeDiscountCode
{
    /// <summary>Changes the terms; redemptions so far are kept.</summary>
    public static async Task<Results<Ok<DiscountCodeView>, ProblemHttpResult>> Handle(
        string code, DiscountCodeRequest request, PricingTable table, CancellationToken cancellationToken)
    {
        var normalized = DiscountCodes.Normalize(code);
        if (!await table.ChangeDiscountCodeAsync(request.ToState(normalized), cancellationToken))
        {
            return ShopProblems.NotFound("Discount code not found");
        }
        return TypedResults.Ok(DiscountCodeView.From((await table.FindDiscountCodeAsync(normalized, cancellationToken))!));
    }
}

internal static class DeleteDiscountCode
{
    public static async Task<Results<Ok<PricingDeleted>, ProblemHttpResult>> Handle(string code, PricingTable table, CancellationToken cancellationToken) =>
        await table.DeleteDiscountCodeAsync(DiscountCodes.Normalize(code), cancellationToken)
            ? TypedResults.Ok(new PricingDeleted("Discount code deleted", DiscountCodes.Normalize(code)))
            : ShopProblems.NotFound("Discount code not found");
}
