using System.Security.Claims;
using CloudRetail.Audit;
using CloudRetail.BuildingBlocks.Http;
using CloudRetail.Catalog.Domain;
using CloudRetail.Catalog.Images;
using CloudRetail.Catalog.Persistence;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Catalog.Endpoints;

/// <summary>The product's details; the id comes from the route and cannot change. Name, category, price
/// and currency are replaced. A request without a picture key or a description keeps the product's
/// own: the picture arrives through its upload, and clients of the original API know of no
/// description. An empty description removes it.</summary>
internal sealed record UpdateProductRequest(string Name, string Category, decimal? Price, string Currency, string? ImageKey = null, string? Description = null)
    : IProductDetails;

internal sealed class UpdateProductValidator : AbstractValidator<UpdateProductRequest>
{
    public UpdateProductValidator()
    {
        Include(new ProductDetailsValidator());
    }
}

internal static class UpdateProduct
{
    public static async Task<Results<Ok<ProductSaved>, ProblemHttpResult>> Handle(
        string productId, UpdateProductRequest request, ClaimsPrincipal user, ProductsTable table, ProductImages images, IAuditTrail audit, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        Product Edit(Product current) => current with
        {
            Name = request.Name.Trim(),
            Category = request.Category.Trim(),
            Price = request.Price!.Value,
            Currency = request.Currency,
            ImageKey = request.ImageKey ?? current.ImageKey,
            Description = request.Description ?? current.Description,
            UpdatedAt = now,
        };
        return await table.EditAsync(productId, Edit, cancellationToken, ProductAudit.Record(audit, AuditAction.ProductUpdated, AuditAdmin.Of(user))) is { } updated
            ? TypedResults.Ok(new ProductSaved("Product updated", ProductView.From(updated, images)))
            : ShopProblems.NotFound("Product not found");
    }
}
