using CloudRetail.Addresses;
using CloudRetail.Analytics;
using CloudRetail.Api;
using CloudRetail.Audit;
using CloudRetail.BuildingBlocks.Aws;
using CloudRetail.BuildingBlocks.Idempotency;
using CloudRetail.Cart;
using CloudRetail.Catalog;
using CloudRetail.Customers;
using CloudRetail.Health;
using CloudRetail.Identity;
using CloudRetail.Inventory;
using CloudRetail.Invoices;
using CloudRetail.Notifications;
using CloudRetail.Orders;
using CloudRetail.Payments;
using CloudRetail.Pricing;
using CloudRetail.Returns;
using CloudRetail.Spreadsheets;

// The slim builder leaves out what this API does not use and would pay for at every cold start:
// HTTPS and HTTP/3 set-up in Kestrel (TLS ends at API Gateway, CloudFront or the load balancer),
// host filtering, IIS, hosting-startup assemblies and the regex route constraint.
var builder = WebApplication.CreateSlimBuilder(args);

builder.AddShopHost();
builder.Services.AddDynamoDb(builder.Configuration);
builder.Services.AddIdempotency(builder.Configuration);
builder.Services.AddHealthModule(builder.Configuration);
builder.Services.AddIdentityModule(builder.Configuration);
builder.Services.AddCatalogModule(builder.Configuration);
builder.Services.AddInventoryModule(builder.Configuration);
builder.Services.AddCartModule(builder.Configuration);
builder.Services.AddAddressesModule(builder.Configuration);
builder.Services.AddPricingModule(builder.Configuration);
builder.Services.AddOrdersModule(builder.Configuration);
builder.Services.AddPaymentsModule(builder.Configuration, builder.Environment);
builder.Services.AddNotificationsModule(builder.Configuration);
builder.Services.AddInvoicesModule(builder.Configuration);
builder.Services.AddReturnsModule(builder.Configuration);
builder.Services.AddCustomersModule();
builder.Services.AddAnalyticsModule(builder.Configuration);
builder.Services.AddSpreadsheetsModule();
builder.Services.AddAuditModule(builder.Configuration);
builder.Services.AddLocalDevelopment(builder.Configuration);

var app = builder.Build();

app.UseShopHost();
var api = app.MapGroup("/api");
api.MapHealthEndpoints();
api.MapIdentityEndpoints();
api.MapCatalogEndpoints();
api.MapInventoryEndpoints();
api.MapCartEndpoints();
api.MapAddressesEndpoints();
api.MapPricingEndpoints();
api.MapOrdersEndpoints();
api.MapPaymentsEndpoints();
api.MapNotificationsEndpoints();
api.MapInvoicesEndpoints();
api.MapReturnsEndpoints();
api.MapCustomersEndpoints();
api.MapAnalyticsEndpoints();
api.MapSpreadsheetsEndpoints();
api.MapAuditEndpoints();
app.MapScheduledOrderEvents();

app.Run();

/// <summary>Entry point, visible to the API tests' WebApplicationFactory.</summary>
public partial class Program;
