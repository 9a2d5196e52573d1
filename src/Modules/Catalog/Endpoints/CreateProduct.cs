using System.Security.Claims;
using CloudRetail.Audit;
using CloudRetail.BuildingBlocks.Http;
using CloudRetail.Catalog.Domain;
using CloudRetail.Catalog.Images;
using CloudRetail.Catalog.Persistence;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Catalog.Endpoints;

internal sealed record CreateProductRequest(
    string ProductId, string Name, string Category, decimal? Price, string Currency, string? ImageKey = null, string? Description = null)
    : IProductDetails;

internal sealed class CreateProductValidator : AbstractValidator<CreateProductRequest>
{
    public CreateProductValidator()
    {
        RuleFor(r => r.ProductId).Must(ProductIds.IsWellFormed).WithMessage(ProductIds.Rule);
        Include(new ProductDetailsValidator());
    }
}

internal static class CreateProduct
{
    public static async Task<Results<Created<ProductSaved>, ProblemHttpResult>> Handle(
        CreateProductRequest request, ClaimsPrincipal user, ProductsTable table, ProductImages images, IAuditTrail audit, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var product = new Product(request.ProductId, request.Name.Trim(), request.Category.Trim(), request.Price!.Value,
            request.Currency, request.ImageKey, clock.GetUtcNow(), Description: request.Description);
        if (!await table.AddAsync(product, cancellationToken, ProductAudit.Record(audit, AuditAction.ProductCreated, AuditAdmin.Of(user))))
        {
            return ShopProblems.Conflict("Product already exists", new Dictionary<string, object?> { ["productId"] = product.ProductId });
        }
        return TypedResults.Created($"/api/products/{product.ProductId}", new ProductSaved("Product created", ProductView.From(product, images)));
    }
}
