using CloudRetail.Analytics.Domain;
using CloudRetail.Analytics.Endpoints;
using CloudRetail.Analytics.Persistence;
using CloudRetail.BuildingBlocks.Http;
using CloudRetail.BuildingBlocks.Security;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CloudRetail.Analytics;

/// <summary>The shop's figures: per-day counters that orders, payments, refunds and sign-ups add to in
/// their own transactions (<see cref="IShopStats"/>), and the back office's dashboard that reads them.</summary>
public static class AnalyticsModule
{
    public static IServiceCollection AddAnalyticsModule(this IServiceCollection services, IConfiguration configuration)
    {
        var options = AnalyticsOptions.From(configuration);
        services.AddSingleton(options);
        services.AddSingleton(ShopStatsTable.Definition(options.TableName));
        services.AddSingleton(new ShopDays(options.TimeZone));
        services.AddSingleton<ShopStatsTable>();
        services.AddSingleton<IShopStats, ShopStats>();
        services.AddSingleton<WorkQueues>();
        services.AddSingleton<IValidator<DashboardQuery>, DashboardQueryValidator>();
        services.AddJsonTypes(AnalyticsJson.Default);
        return services;
    }

    public static IEndpointRouteBuilder MapAnalyticsEndpoints(this IEndpointRouteBuilder api)
    {
        // Five queues: failed e-mails, failed invoices, pending refunds and returns to review one Query each, unsettled
        // payments one Query of each shard of the orders' status index.
        var calls = GetDashboard.DynamoDbCalls(queueQueries: 4 + ShopIndexes.OrdersByStatusShards);
        api.MapGroup("/admin/dashboard").WithTag("Analytics",
                "How the shop is doing (staff): per-day figures kept by the orders, payments, refunds and sign-ups that change them, and what needs a person.")
            .RequireAuthorization(ShopPolicies.Admin)
            .MapGet("", GetDashboard.Handle).WithName("GetDashboard").Validate<DashboardQuery>()
            .WithSummary("The back office dashboard for a period (staff)")
            .WithDescription("For `period` today (the default), 7d or 30d (each ending today), or custom with `from` and `to` (YYYY-MM-DD, inclusive, at most " +
                $"{Period.MaxDays} days), in the shop's time zone (SHOP_TIME_ZONE): orders placed, orders by status (each order on the day it was placed, under its status now), " +
                "per currency the revenue of orders that stand (placed and not cancelled: net goods, tax, shipping, discount, total) and their average, refunds paid in the period, " +
                "new customers (accounts confirmed), the top 10 products by units and by revenue, products at or below LOW_STOCK_THRESHOLD units available, " +
                "what needs a person now (failed e-mails and invoices, payments not settled, refunds pending, returns waiting for a decision in `openReturns`) and one entry per day for charts. " +
                $"Reading it costs {calls} DynamoDB calls whatever the number of orders: a Query of each of the {ShopStatsTable.Shards} shards of the per-day figures, a Scan of the stock " +
                "(one page per some 10,000 products), a Query of each work queue (each counts at most 100; the unsettled payments' one of each of the " +
                $"{ShopIndexes.OrdersByStatusShards} shards of the orders' status index) and one BatchGetItem of product names. " +
                "`drift=true` also counts the products whose reserved stock drifted from their live orders, the reconciliation report's check: two reads of the stock and one Query page " +
                "per 100 unpaid orders more. 400 naming the parameter for an unknown period, a bad or missing date, or a period too long.");
        return api;
    }
}
