using CloudRetail.Api;
using CloudRetail.BuildingBlocks.Aws;
using CloudRetail.BuildingBlocks.Idempotency;
using CloudRetail.Cart;
using CloudRetail.Catalog;
using CloudRetail.Health;
using CloudRetail.Identity;
using CloudRetail.Inventory;
using CloudRetail.Notifications;
using CloudRetail.Orders;
using CloudRetail.Payments;

var builder = WebApplication.CreateBuilder(args);

builder.AddShopHost();
builder.Services.AddDynamoDb(builder.Configuration);
builder.Services.AddIdempotency(builder.Configuration);
builder.Services.AddHealthModule(builder.Configuration);
builder.Services.AddIdentityModule(builder.Configuration);
builder.Services.AddCatalogModule(builder.Configuration);
builder.Services.AddInventoryModule(builder.Configuration);
builder.Services.AddCartModule(builder.Configuration);
builder.Services.AddOrdersModule(builder.Configuration);
builder.Services.AddPaymentsModule(builder.Configuration, builder.Environment);
builder.Services.AddNotificationsModule(builder.Configuration);
builder.Services.AddLocalDevelopment(builder.Configuration);

var app = builder.Build();

app.UseShopHost();
var api = app.MapGroup("/api");
api.MapHealthEndpoints();
api.MapIdentityEndpoints();
api.MapCatalogEndpoints();
api.MapInventoryEndpoints();
api.MapCartEndpoints();
api.MapOrdersEndpoints();
api.MapPaymentsEndpoints();
api.MapNotificationsEndpoints();
app.MapAwsCallCounts();
app.MapScheduledOrderEvents();

app.Run();

/// <summary>Entry point, visible to the API tests' WebApplicationFactory.</summary>
public partial class Program;
