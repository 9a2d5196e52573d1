using System.Security.Claims;
using CloudRetail.Audit;
using CloudRetail.BuildingBlocks.Http;
using CloudRetail.Catalog.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Catalog.Endpoints;

internal sealed record ProductDeleted(string Message, string ProductId);

internal static class DeleteProduct
{
    public static async Task<Results<Ok<ProductDeleted>, ProblemHttpResult>> Handle(
        string productId, ClaimsPrincipal user, ProductsTable table, IAuditTrail audit, CancellationToken cancellationToken) =>
        await table.DeleteAsync(productId, cancellationToken, ProductAudit.Record(audit, AuditAction.ProductDeleted, AuditAdmin.Of(user)))
            ? TypedResults.Ok(new ProductDeleted("Product deleted", productId))
            : ShopProblems.NotFound("Product not found");
}
