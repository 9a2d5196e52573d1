using System.Security.Claims;
using CloudRetail.Audit;
using CloudRetail.BuildingBlocks.Http;
using CloudRetail.Catalog.Domain;
using CloudRetail.Catalog.Images;
using CloudRetail.Catalog.Persistence;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Catalog.Endpoints;

/// <summary>The picture about to be uploaded: its type and its size in bytes, both signed into the URL.</summary>
internal sealed record ImageUploadRequest(string ContentType, int ContentLength);

internal sealed class ImageUploadValidator : AbstractValidator<ImageUploadRequest>
{
    public ImageUploadValidator()
    {
        RuleFor(r => r.ContentType).Must(t => ProductRules.PictureTypes.Contains(t))
            .WithMessage($"contentType must be one of {string.Join(", ", ProductRules.PictureTypes)}");
        RuleFor(r => r.ContentLength).InclusiveBetween(1, ProductRules.MaxPictureBytes)
            .WithMessage($"contentLength must be the picture's size in bytes, from 1 to {ProductRules.MaxPictureBytes}");
    }
}

internal sealed record ImageUpload(string Message, string ProductId, string ImageKey, string UploadUrl, string Method, string ContentType, int ExpiresIn,
    int ContentLength, int MaxLength);

internal static class CreateImageUpload
{
    /// <summary>Points the product at its picture's key and hands out a URL to PUT the picture to: the
    /// bucket takes only a body of the signed type and length.</summary>
    public static async Task<Results<Ok<ImageUpload>, ProblemHttpResult>> Handle(
        string productId, ImageUploadRequest request, ClaimsPrincipal user, ProductsTable table, ProductImages images, IAuditTrail audit, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var imageKey = ProductImages.KeyFor(productId, request.ContentType.Split('/')[1]);
        if (await table.SetImageAsync(productId, imageKey, clock.GetUtcNow(), cancellationToken, ProductAudit.Record(audit, AuditAction.ProductUpdated, AuditAdmin.Of(user))) is null)
        {
            return ShopProblems.NotFound("Product not found");
        }
        return TypedResults.Ok(new ImageUpload("Upload URL created", productId, imageKey,
            images.UploadUrl(imageKey, request.ContentType, request.ContentLength), "PUT", request.ContentType, (int)images.Lifetime.TotalSeconds,
            request.ContentLength, ProductRules.MaxPictureBytes));
    }
}
