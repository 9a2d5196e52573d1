using CloudRetail.Audit.Endpoints;
using CloudRetail.Audit.Persistence;
using CloudRetail.BuildingBlocks.Http;
using CloudRetail.BuildingBlocks.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CloudRetail.Audit;

/// <summary>The back office's audit trail: who did what to which product, stock, order, return or
/// customer, before and after, written by each module in the transaction of the change (<see cref="IAuditTrail"/>),
/// and the staff's listing of it. No route changes or deletes an entry.</summary>
public static class AuditModule
{
    public static IServiceCollection AddAuditModule(this IServiceCollection services, IConfiguration configuration)
    {
        var options = AuditOptions.From(configuration);
        services.AddSingleton(options);
        services.AddSingleton(AuditTable.Definition(options));
        services.AddSingleton<AuditTable>();
        services.AddSingleton<IAuditTrail>(sp => sp.GetRequiredService<AuditTable>());
        services.AddJsonTypes(AuditJson.Default);
        return services;
    }

    public static IEndpointRouteBuilder MapAuditEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGroup("/admin/audit").WithTag("Audit",
                "The audit trail (staff): every admin action on products, prices, stock, orders, refunds, returns, customers and roles, and every CSV import, " +
                "with who, what, before and after, and when. Written in the same transaction as the change; read-only.")
            .RequireAuthorization(ShopPolicies.Admin)
            .MapGet("", ListAuditEntries.Handle).WithName("ListAuditEntries")
            .WithSummary("List the audit trail, newest first (staff)")
            .WithDescription("Each entry: `at`, `action` (PRODUCT_CREATED, PRODUCT_UPDATED, PRODUCT_DELETED, STOCK_COUNTED, STOCK_ADJUSTED, STOCK_REPAIRED, ORDER_SHIPPED, " +
                "ORDER_DELIVERED, ORDER_CANCELLED, ORDER_DELIVERY_REFUSED, REFUND_ISSUED, RETURN_APPROVED, RETURN_REJECTED, RETURN_RECEIVED, CUSTOMER_DISABLED, " +
                "CUSTOMER_ENABLED, ADMIN_ROLE_GRANTED, ADMIN_ROLE_REVOKED, PRODUCTS_IMPORTED), `subjectType` and `subjectId` (a product's stock has the product's id), " +
                "`adminId` and `adminEmail` (the one the admin's token carried, else the one the shop stores for their account: then one BatchGetItem a page), `before` and `after` (the fields the action changed, as text) and `reason`. " +
                "Filter by `from` and `to` (a date, `2026-12-01`, meaning the whole day, or an ISO date and time), `adminId`, `action` and `subjectId`. " +
                "One DynamoDB Query a page, chosen by the most selective filter given: `subjectId`, else `adminId`, else `action`, else the whole trail; " +
                "the dates bound that read, the other filters sift the page it returned, so a page may hold fewer than `limit` entries and still have a `nextToken`. " +
                "Page with `limit` (default 20, at most 100) and `cursor` (the previous answer's `nextToken`, good only for the same search). " +
                "400 naming the parameter for a malformed date, `to` before `from`, an unknown `action`, an id too long, or a cursor from another search. " +
                "Entries cannot be changed or deleted: there is no such route, and the API's role in AWS may only add them.");
        return api;
    }
}
