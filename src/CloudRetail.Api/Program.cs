using CloudRetail.Api;
using CloudRetail.BuildingBlocks.Aws;
using CloudRetail.Catalog;
using CloudRetail.Health;
using CloudRetail.Identity;
using CloudRetail.Inventory;
using CloudRetail.Notifications;

var builder = WebApplication.CreateBuilder(args);

builder.AddShopHost();
builder.Services.AddDynamoDb(builder.Configuration);
builder.Services.AddCatalogModule(builder.Configuration);
builder.Services.AddInventoryModule(builder.Configuration);
builder.Services.AddHealthModule(builder.Configuration);
builder.Services.AddIdentityModule(builder.Configuration);
builder.Services.AddNotificationsModule(builder.Configuration);
builder.Services.AddLocalDevelopment(builder.Configuration);

var app = builder.Build();

app.UseShopHost();
var api = app.MapGroup("/api");
api.MapHealthEndpoints();
api.MapCatalogEndpoints();
api.MapInventoryEndpoints();
api.MapNotificationsEndpoints();
api.MapIdentityEndpoints();

app.Run();

/// <summary>Entry point, visible to the API tests' WebApplicationFactory.</summary>
public partial class Program;
