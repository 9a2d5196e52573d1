using Amazon.Runtime;
using Amazon.S3;
using CloudRetail.BuildingBlocks.Aws;
using CloudRetail.BuildingBlocks.Http;
using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.BuildingBlocks.Security;
using CloudRetail.Catalog.Endpoints;
using CloudRetail.Catalog.Images;
using CloudRetail.Catalog.Persistence;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CloudRetail.Catalog;

public static class CatalogModule
{
    public static IServiceCollection AddCatalogModule(this IServiceCollection services, IConfiguration configuration)
    {
        var options = CatalogOptions.From(configuration);
        services.AddSingleton(options);
        services.AddSingleton(ProductsTable.Definition(options.TableName));
        services.AddSingleton(new BucketDefinition(options.BucketName));
        services.AddS3(configuration);
        services.AddSingleton<ProductsTable>();
        services.AddSingleton<ProductImages>();
        services.AddSingleton<ICatalog, ProductCatalog>();
        services.AddSingleton<IValidator<CreateProductRequest>, CreateProductValidator>();
        services.AddSingleton<IValidator<UpdateProductRequest>, UpdateProductValidator>();
        services.AddSingleton<IValidator<ImageUploadRequest>, ImageUploadValidator>();
        services.AddJsonTypes(CatalogJson.Default);
        return services;
    }

    public static IEndpointRouteBuilder MapCatalogEndpoints(this IEndpointRouteBuilder api)
    {
        var products = api.MapGroup("/products").WithTags("Catalog");
        products.MapGet("", ListProducts.Handle).WithName("ListProducts").AllowAnonymous();

        var product = products.MapGroup("/{productId}").RequireRouteValue("productId", ProductIds.IsWellFormed, ProductIds.Rule);
        product.MapGet("", GetProduct.Handle).WithName("GetProduct").AllowAnonymous();

        var staff = products.MapGroup("").RequireAuthorization(ShopPolicies.Admin);
        staff.MapPost("", CreateProduct.Handle).WithName("CreateProduct").Validate<CreateProductRequest>();

        var staffProduct = product.MapGroup("").RequireAuthorization(ShopPolicies.Admin);
        staffProduct.MapPut("", UpdateProduct.Handle).WithName("UpdateProduct").Validate<UpdateProductRequest>();
        staffProduct.MapDelete("", DeleteProduct.Handle).WithName("DeleteProduct");
        staffProduct.MapPost("/image-upload", CreateImageUpload.Handle).WithName("CreateImageUpload").Validate<ImageUploadRequest>();
        return api;
    }

    private static void AddS3(this IServiceCollection services, IConfiguration configuration)
    {
        var emulator = configuration.LocalAws().S3Url;
        services.AddAWSService<IAmazonS3>(configuration.AwsOptions(emulator), (config, _) =>
        {
            var s3 = (AmazonS3Config)config;
            // s3rver serves buckets by path; it also predates the SDK's default payload checksums.
            s3.ForcePathStyle = emulator is not null;
            s3.RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED;
            s3.ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED;
        });
    }
}
