using CloudRetail.BuildingBlocks.Http;
using CloudRetail.BuildingBlocks.Security;
using CloudRetail.Pricing.Domain;
using CloudRetail.Pricing.Endpoints;
using CloudRetail.Pricing.Persistence;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CloudRetail.Pricing;

/// <summary>What an order costs beyond its goods: shipping methods, tax rates and discount codes,
/// and the one price computation that checkout, the quote and the order all show.</summary>
public static class PricingModule
{
    public static IServiceCollection AddPricingModule(this IServiceCollection services, IConfiguration configuration)
    {
        var options = PricingOptions.From(configuration);
        services.AddSingleton(options);
        services.AddSingleton(PricingTable.Definition(options.TableName));
        services.AddSingleton<PricingTable>();
        services.AddSingleton<IPricing, Pricebook>();
        services.AddSingleton<IValidator<ShippingMethodRequest>, ShippingMethodValidator>();
        services.AddSingleton<IValidator<TaxRateRequest>, TaxRateValidator>();
        services.AddSingleton<IValidator<DiscountCodeRequest>, DiscountCodeValidator>();
        services.AddJsonTypes(PricingJson.Default);
        return services;
    }

    public static IEndpointRouteBuilder MapPricingEndpoints(this IEndpointRouteBuilder api)
    {
        const string Tag = "Pricing";
        var shopper = api.MapGroup("/shipping-methods").WithTag(Tag,
            "Shipping methods, tax rates and discount codes: what an order costs beyond its goods. Shoppers list the shipping methods for their address; staff manage all three.");
        shopper.MapGet("", ListShippingMethods.Handle).WithName("ListShippingMethods")
            .WithSummary("List the shipping methods for an address")
            .WithDescription("Active methods that deliver to `country` (ISO 3166-1 alpha-2), and those that need no address (collection in store), cheapest first; " +
                "without `country`, every active method. `defaultShippingMethodId` is what checkout uses when the body names none.");

        var staff = api.MapGroup("/admin").WithTags(Tag).RequireAuthorization(ShopPolicies.Admin);
        var methods = staff.MapGroup("/shipping-methods").RequireRouteValue("shippingMethodId", PricingIds.IsShippingMethodId, PricingIds.ShippingMethodRule);
        methods.MapGet("", ListAllShippingMethods.Handle).WithName("ListAllShippingMethods")
            .WithSummary("List every shipping method (staff)")
            .WithDescription("Active and inactive methods with their price, countries, free-above subtotal and delivery estimate.");
        methods.MapPost("", AddShippingMethod.Handle).WithName("AddShippingMethod").Validate<ShippingMethodRequest>()
            .ProducesProblems(StatusCodes.Status409Conflict)
            .WithSummary("Add a shipping method (staff)")
            .WithDescription("`shippingMethodId` names it (e.g. `standard`). `requiresAddress: false` is collection in store: no countries, taxed at the shop's address. 409 when the id is taken.");
        methods.MapPut("/{shippingMethodId}", ChangeShippingMethod.Handle).WithName("ChangeShippingMethod").Validate<ShippingMethodRequest>()
            .ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Change a shipping method (staff)")
            .WithDescription("Replaces the method's terms; orders placed keep the copy they took. 404 for an unknown id.");
        methods.MapDelete("/{shippingMethodId}", DeleteShippingMethod.Handle).WithName("DeleteShippingMethod")
            .ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Delete a shipping method (staff)")
            .WithDescription("Removes the method; to stop offering it for a while, set `active: false` instead.");

        var rates = staff.MapGroup("/tax-rates").RequireRouteValue("taxRateId", PricingIds.IsTaxRateId, PricingIds.TaxRateRule);
        rates.MapGet("", ListTaxRates.Handle).WithName("ListTaxRates")
            .WithSummary("List the tax rates (staff)")
            .WithDescription("Every rate, with the shop's settings: whether catalog prices include tax, whether shipping is taxed, and the shop's address where collection orders are taxed.");
        rates.MapPost("", AddTaxRate.Handle).WithName("AddTaxRate").Validate<TaxRateRequest>()
            .ProducesProblems(StatusCodes.Status409Conflict)
            .WithSummary("Add a tax rate (staff)")
            .WithDescription("A rate for a `country` (id `DE`) or a `region` of it (id `US-CA`); at an address both the country's and its region's rates apply, each shown on its own. " +
                "`percent` is 19 for 19 %. 409 when the place already has a rate.");
        rates.MapPut("/{taxRateId}", ChangeTaxRate.Handle).WithName("ChangeTaxRate").Validate<TaxRateRequest>()
            .ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Change a tax rate (staff)")
            .WithDescription("Changes the rate's name and percent; the path's id names the place. Orders placed keep the tax they were charged.");
        rates.MapDelete("/{taxRateId}", DeleteTaxRate.Handle).WithName("DeleteTaxRate")
            .ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Delete a tax rate (staff)")
            .WithDescription("Removes the rate; orders to that place then carry no tax from it.");

        var codes = staff.MapGroup("/discount-codes").RequireRouteValue("code", DiscountCodes.IsWellFormed, DiscountCodes.Rule);
        codes.MapGet("", ListDiscountCodes.Handle).WithName("ListDiscountCodes")
            .WithSummary("List the discount codes (staff)")
            .WithDescription("Every code with its terms and `redeemed`: redemptions by orders not cancelled.");
        codes.MapGet("/{code}", GetDiscountCode.Handle).WithName("GetDiscountCode").ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Get a discount code (staff)")
            .WithDescription("One code (case-insensitive) with its terms and redemptions.");
        codes.MapPost("", AddDiscountCode.Handle).WithName("AddDiscountCode").Validate<DiscountCodeRequest>()
            .ProducesProblems(StatusCodes.Status409Conflict)
            .WithSummary("Add a discount code (staff)")
            .WithDescription("A PERCENT or AMOUNT off the goods (never shipping), with an optional minimum subtotal, start and end, total redemption limit and per-shopper limit. " +
                "Codes are case-insensitive and kept in upper case. 409 when the code exists.");
        codes.MapPut("/{code}", ChangeDiscountCode.Handle).WithName("ChangeDiscountCode").Validate<DiscountCodeRequest>()
            .ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Change a discount code (staff)")
            .WithDescription("Replaces the code's terms and keeps its redemptions. 404 for an unknown code.");
        codes.MapDelete("/{code}", DeleteDiscountCode.Handle).WithName("DeleteDiscountCode")
            .ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Delete a discount code (staff)")
            .WithDescription("Removes the code; orders that used it keep their discount.");
        return api;
    }
}
