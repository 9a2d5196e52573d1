using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using CloudRetail.Api.Tests.Infrastructure;
using CloudRetail.Api.Tests.Invoices;

namespace CloudRetail.Api.Tests.Pricing;

/// <summary>The e-mail and the invoice of a priced order show every figure the order holds, to the cent.
/// Switzerland (CH) is taxed here and by no other test.</summary>
[Collection(ShopApiCollection.Name)]
public sealed class PricedDocumentsTests(ShopApi shop)
{
    [Fact]
    public async Task The_confirmation_e_mail_and_the_invoice_show_the_orders_address_and_every_figure_of_its_breakdown()
    {
        var admin = await shop.AdminClientAsync();
        await admin.AddTaxRateAsync("CH", null, "MWST", 8.1m);
        var methodId = await admin.AddShippingMethodAsync(7.90m, ["CH"]);
        var code = await admin.AddDiscountCodeAsync("AMOUNT", 5m, currency: "USD");
        var (mug, tea) = (await admin.CreateProductAsync(price: 24.99m, stock: 5), await admin.CreateProductAsync(price: 3.30m, stock: 5));
        var (customer, _, email) = await shop.NewCustomerAsync();
        var addressId = await customer.AddAddressAsync("CH", null, "8001", name: "Heidi Muster");
        await customer.PostJsonAsync("/api/cart/items", new { productId = mug, qty = 2 });
        await customer.PostJsonAsync("/api/cart/items", new { productId = tea, qty = 3 });
        var placed = await customer.PostJsonAsync("/api/orders/checkout", new { addressId, shippingMethodId = methodId, discountCode = code });
        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
        var orderId = (string)(await placed.JsonAsync())["order"]!["orderId"]!;

        Assert.Equal(HttpStatusCode.OK, (await customer.PostJsonAsync("/api/payments", new { orderId, status = "SUCCESS" })).StatusCode);

        var order = await customer.GetJsonAsync($"/api/orders/{orderId}");
        var (currency, tax) = ((string)order["currency"]!, order["taxes"]!.AsArray().Single()!);
        Assert.Equal(("MWST", 5m, "USD"), ((string)tax["name"]!, (decimal)order["discount"]!, currency));
        var mail = Assert.Single(await SesOutbox.MailsToAsync(shop.Emulators.Urls.Ses, email, "Order confirmed"));
        var (text, html) = ((string)mail["body"]!["text"]!, (string)mail["body"]!["html"]!);
        Assert.Contains("Deliver to:\nHeidi Muster\n1 Harbour Road\nPort 8001\nCH\n+64 4 555 0100\n", text, StringComparison.Ordinal);
        foreach (var line in order["items"]!.AsArray())
        {
            Assert.Contains($"{(int)line!["qty"]!} x {(string)line["name"]!} - {Money(line["price"])} {currency} = {Money(line["lineTotal"])} {currency}\n", text, StringComparison.Ordinal);
        }
        var breakdown =
            $"Subtotal: {Money(order["subtotal"])} {currency}\n" +
            $"Discount ({code}): -{Money(order["discount"])} {currency}\n" +
            $"Shipping ({(string)order["shippingMethod"]!["name"]!}): {Money(order["shipping"])} {currency}\n" +
            $"MWST 8.1%: {Money(tax["amount"])} {currency}\n" +
            $"Total: {Money(order["total"])} {currency}\n";
        Assert.Contains(breakdown, text, StringComparison.Ordinal);
        Assert.Contains($"<b>{Money(order["total"])} {currency}</b>", html, StringComparison.Ordinal);
        Assert.Contains($"{ShopApiFactory.StorefrontUrl}/orders/{orderId}\n", text, StringComparison.Ordinal);

        var (_, words) = await InvoicePdf.ReadAsync(customer, orderId);
        var pdf = string.Join(' ', words);
        Assert.Contains("Heidi Muster 1 Harbour Road Port 8001 CH", pdf, StringComparison.Ordinal);
        Assert.Contains($"Subtotal {Money(order["subtotal"])} {currency}", pdf, StringComparison.Ordinal);
        Assert.Contains($"Discount -{Money(order["discount"])} {currency}", pdf, StringComparison.Ordinal);
        Assert.Contains($"Shipping {Money(order["shipping"])} {currency}", pdf, StringComparison.Ordinal);
        Assert.Contains($"MWST 8.1% {Money(tax["amount"])} {currency}", pdf, StringComparison.Ordinal);
        Assert.Contains($"Total {Money(order["total"])} {currency}", pdf, StringComparison.Ordinal);
    }

    private static string Money(JsonNode? amount) => ((decimal)amount!).ToString("F2", CultureInfo.InvariantCulture);
}
