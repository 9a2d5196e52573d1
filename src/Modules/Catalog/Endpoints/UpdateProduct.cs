using System.Security.Claims;
using CloudRetail.Audit;
using CloudRetail.BuildingBlocks.Http;
using CloudRetail.Catalog.Domain;
using CloudRetail.Catalog.Images;
using CloudRetail.Catalog.Persistence;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Catalog.Endpoints;

/// <summary>The full set of editable details; the id comes from the route and cannot change.</summary>
internal sealed record UpdateProductRequest(string Name, string Category, decimal? Price, string Currency, string? ImageKey = null);

internal sealed class UpdateProductValidator : AbstractValidator<UpdateProductRequest>
{
    public UpdateProductValidator()
    {
        RuleFor(r => r.Name).ProductName().Searchable(r => r.Category);
        RuleFor(r => r.Category).Category();
        RuleFor(r => r.Price).Price();
        RuleFor(r => r.Currency).Currency();
        RuleFor(r => r.ImageKey).ImageKey();
    }
}

internal static class UpdateProduct
{
    public static async Task<Results<Ok<ProductSaved>, ProblemHttpResult>> Handle(
        string productId, UpdateProductRequest request, ClaimsPrincipal user, ProductsTable table, ProductImages images, IAuditTrail audit, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var changes = new Product(productId, request.Name.Trim(), request.Category.Trim(), request.Price!.Value,
            request.Currency, request.ImageKey, CreatedAt: now, UpdatedAt: now);
        return await table.ReplaceAsync(changes, cancellationToken, ProductAudit.Record(audit, AuditAction.ProductUpdated, AuditAdmin.Of(user))) is { } updated
            ? TypedResults.Ok(new ProductSaved("Product updated", ProductView.From(updated, images)))
            : ShopProblems.NotFound("Product not found");
    }
}
