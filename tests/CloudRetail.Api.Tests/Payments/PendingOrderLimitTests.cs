using System.Net;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Microsoft.Extensions.DependencyInjection;
using CloudRetail.Api.Tests.Infrastructure;

namespace CloudRetail.Api.Tests.Payments;

[Collection(ShopApiCollection.Name)]
public sealed class PendingOrderLimitTests(ShopApi shop)
{
    [Fact]
    public async Task A_shopper_with_three_unpaid_orders_cannot_check_out_a_fourth_until_one_is_settled()
    {
        var admin = await shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync(stock: 10);
        var (customer, userId, _) = await shop.NewCustomerAsync();
        var orders = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            orders.Add(await PaymentRaceTests.CheckOutAsync(customer, productId, qty: 1));
        }
        await customer.PostJsonAsync("/api/cart/items", new { productId, qty = 1 });

        var fourth = await customer.PostAsync("/api/orders/checkout", null);

        await fourth.ProblemAsync(409, "You already have 3 unpaid orders; pay or cancel one before checking out again");
        Assert.Single((await customer.GetJsonAsync("/api/cart"))["items"]!.AsArray());
        Assert.Equal(HttpStatusCode.OK, (await customer.PostJsonAsync("/api/payments", new { orderId = orders[0], status = "SUCCESS" })).StatusCode);
        var afterPaying = await customer.PostAsync("/api/orders/checkout", null);
        Assert.Equal(HttpStatusCode.Created, afterPaying.StatusCode);
        await customer.PostJsonAsync("/api/cart/items", new { productId, qty = 1 });
        await (await customer.PostAsync("/api/orders/checkout", null)).ProblemAsync(409);
        Assert.Equal(HttpStatusCode.OK, (await customer.PostAsync($"/api/orders/{orders[1]}/cancel", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await customer.PostAsync("/api/orders/checkout", null)).StatusCode);
        var stock = await admin.GetJsonAsync($"/api/inventory/{productId}");
        Assert.Equal((6, 3), ((int)stock["availableQty"]!, (int)stock["reservedQty"]!));
        // The counter lives beside the orders but is not one.
        await NotFoundOrBadIdAsync(await customer.GetAsync($"/api/orders/{Uri.EscapeDataString($"UNPAID#{userId}")}"));
    }

    /// <summary>Orders placed before the shop counted unpaid orders were never counted: settling one must
    /// not lower the counter of the orders placed since, or the shopper gets a slot more for each.</summary>
    [Fact]
    public async Task Settling_an_order_placed_before_the_counter_existed_never_takes_the_counter_below_zero()
    {
        var admin = await shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync(stock: 10);
        var (customer, userId, _) = await shop.NewCustomerAsync();
        var uncounted = await PaymentRaceTests.CheckOutAsync(customer, productId, qty: 1);
        await ForgetItWasCountedAsync(userId, uncounted);
        var counted = await PaymentRaceTests.CheckOutAsync(customer, productId, qty: 1);

        Assert.Equal(HttpStatusCode.OK, (await customer.PostJsonAsync("/api/payments", new { orderId = uncounted, status = "SUCCESS" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await customer.PostAsync($"/api/orders/{counted}/cancel", null)).StatusCode);

        Assert.Equal(0, await UnpaidCountAsync(userId));
        for (var i = 0; i < 3; i++)
        {
            await PaymentRaceTests.CheckOutAsync(customer, productId, qty: 1);
        }
        await customer.PostJsonAsync("/api/cart/items", new { productId, qty = 1 });
        await (await customer.PostAsync("/api/orders/checkout", null)).ProblemAsync(409, "You already have 3 unpaid orders; pay or cancel one before checking out again");
    }

    /// <summary>Makes the order look as one placed before the counter: no counter, and the order not counted in one.</summary>
    private async Task ForgetItWasCountedAsync(string userId, string orderId)
    {
        var dynamoDb = shop.Services.GetRequiredService<IAmazonDynamoDB>();
        await dynamoDb.DeleteItemAsync(OrdersTable, new Dictionary<string, AttributeValue> { ["orderId"] = new() { S = $"UNPAID#{userId}" } });
        await dynamoDb.UpdateItemAsync(new UpdateItemRequest
        {
            TableName = OrdersTable,
            Key = new Dictionary<string, AttributeValue> { ["orderId"] = new() { S = orderId } },
            UpdateExpression = "REMOVE countedUnpaid",
        });
    }

    private async Task<int> UnpaidCountAsync(string userId)
    {
        var item = (await shop.Services.GetRequiredService<IAmazonDynamoDB>().GetItemAsync(new GetItemRequest
        {
            TableName = OrdersTable,
            Key = new Dictionary<string, AttributeValue> { ["orderId"] = new() { S = $"UNPAID#{userId}" } },
            ConsistentRead = true,
        })).Item;
        return int.Parse(item["unpaidCount"].N, System.Globalization.CultureInfo.InvariantCulture);
    }

    private const string OrdersTable = "cloudretail-orders";

    [Fact]
    public async Task A_paying_order_cannot_be_cancelled_by_its_shopper()
    {
        var admin = await shop.AdminClientAsync();
        var host = shop.UnreachableWebhookHost;
        var productId = await host.CreateClientAs(admin).CreateProductAsync(stock: 3);
        var customer = host.CreateClientAs((await shop.NewCustomerAsync()).Client);
        var orderId = await PaymentRaceTests.CheckOutAsync(customer, productId, qty: 1);
        Assert.Equal(HttpStatusCode.Accepted, (await customer.PostJsonAsync("/api/payments", new { orderId, cardNumber = "4242424242424242" })).StatusCode);

        var cancel = await customer.PostAsync($"/api/orders/{orderId}/cancel", null);

        await cancel.ProblemAsync(409, "An order that is PAYING cannot become CANCELLED");
        Assert.Equal("PAYING", (string?)(await customer.GetJsonAsync($"/api/orders/{orderId}"))["status"]);
    }

    /// <summary>Refused as a bad id (400) or as not found (404): an item that shares a table's key space is never read as a record.</summary>
    internal static async Task NotFoundOrBadIdAsync(HttpResponseMessage response) =>
        await response.ProblemAsync(response.StatusCode == HttpStatusCode.BadRequest ? 400 : 404);
}
