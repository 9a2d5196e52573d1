using CloudRetail.BuildingBlocks.Aws;
using CloudRetail.BuildingBlocks.Http;
using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.BuildingBlocks.Security;
using CloudRetail.BuildingBlocks.RateLimits;
using CloudRetail.Catalog.Domain;
using CloudRetail.Catalog.Endpoints;
using CloudRetail.Catalog.Images;
using CloudRetail.Catalog.Persistence;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
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
        services.AddSingleton(SearchIndexTable.Definition(options.SearchTableName));
        services.AddSingleton(new BucketDefinition(options.BucketName));
        services.AddS3(configuration);
        services.AddSingleton<ProductsTable>();
        services.AddSingleton<SearchIndexTable>();
        services.AddSingleton<IProductSearch>(sp => sp.GetRequiredService<SearchIndexTable>());
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
        var products = api.MapGroup("/products").WithTag("Catalog",
            "The products the shop sells, with prices and pictures. Anyone may browse and search; staff create, edit and delete products and upload their pictures.");
        products.MapGet("", ListProducts.Handle).WithName("ListProducts").AllowAnonymous().LimitedBy(ShopRateLimits.Search)
            .WithSummary("List or search products")
            .WithDescription("A page of products, optionally in one `category` and matching every word of `q` (each word must begin a word of the name or category, any case). " +
                "Pass the answer's `nextToken` to get the next page; a page may hold fewer than `limit` products and still have a `nextToken`. Each `imageUrl` is pre-signed and expires. " +
                "A search (`q`) is in product id order and counts against the client's search limit (429 with `Retry-After` past it); a plain listing does not.");

        var product = products.MapGroup("/{productId}").RequireRouteValue("productId", ProductIds.IsWellFormed, ProductIds.Rule);
        product.MapGet("", GetProduct.Handle).WithName("GetProduct").AllowAnonymous().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Get a product")
            .WithDescription("One product with its price, currency and a freshly pre-signed picture URL (`imageUrl`, null without a picture).");

        var staff = products.MapGroup("").RequireAuthorization(ShopPolicies.Admin);
        staff.MapPost("", CreateProduct.Handle).WithName("CreateProduct").Validate<CreateProductRequest>().ProducesProblems(StatusCodes.Status409Conflict)
            .WithSummary("Create a product (staff)")
            .WithDescription("Adds a product under the id you choose; 409 when that id exists. `imageKey` is optional: upload a picture later with image-upload. Stock starts at zero (PUT /api/inventory/{productId}).");

        var staffProduct = product.MapGroup("").RequireAuthorization(ShopPolicies.Admin);
        staffProduct.MapPut("", UpdateProduct.Handle).WithName("UpdateProduct").Validate<UpdateProductRequest>().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Replace a product's details (staff)")
            .WithDescription("Sets name, category, price, currency and picture key together; the id stays. Carts keep the price they were filled at until checkout, which shows the change.");
        staffProduct.MapDelete("", DeleteProduct.Handle).WithName("DeleteProduct").ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Delete a product (staff)")
            .WithDescription("Removes the product from the catalog. Carts still holding it are refused at checkout (409, no longer sold).");
        staffProduct.MapPost("/image-upload", CreateImageUpload.Handle).WithName("CreateImageUpload").Validate<ImageUploadRequest>()
            .ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Get a URL to upload a product's picture (staff)")
            .WithDescription("Points the product at a new picture key and answers a pre-signed S3 URL: PUT the picture's bytes there with the same Content-Type before `expiresIn` seconds pass. " +
                "`contentLength` is the picture's size in bytes, at most `maxLength` (5 MiB); type and length are signed into the URL, so S3 refuses a body of another type or size.");

        api.MapPost("/admin/products/search-index", RebuildSearchIndex.Handle).WithName("RebuildSearchIndex").WithTags("Catalog")
            .RequireAuthorization(ShopPolicies.Admin)
            .WithSummary("Rebuild the search index, a page of products at a time (staff)")
            .WithDescription("Writes a page of products again with their search terms, so that products written before the search index existed " +
                "(an older deployment's catalog) are found by `q`. Call it again with the answer's `nextToken` until it is null; running it again changes nothing. " +
                "`skipped` lists products whose name and category hold too many search terms to index: rename them.");
        return api;
    }
}
