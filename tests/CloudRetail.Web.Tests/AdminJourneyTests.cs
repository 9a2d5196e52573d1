using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using CloudRetail.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CloudRetail.Web.Tests;

[Collection(StorefrontCollection.Name)]
[Trait(ShippedBinary.Category, ShippedBinary.Runs)]
public sealed class AdminJourneyTests(Storefront shop)
{
    [Fact]
    public async Task An_admin_creates_a_product_uploads_its_picture_sets_stock_edits_it_and_ships_an_order()
    {
        await using var tab = await shop.NewShopperAsync();
        var page = tab.Page;
        var productId = TestCatalog.NewProductId();
        var name = $"Desk Lamp {productId[2..8]}";
        var picture = SolidPng(160, 120, red: 37, green: 99, blue: 235);
        const string description = "A brass desk lamp with a warm light that dims in three steps.";

        await tab.SignInAsync(ShopApi.AdminEmail, ShopApi.AdminPassword);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Admin" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard", Exact = true })).ToBeVisibleAsync();
        await tab.CheckPageAsync("admin-home");
        await tab.CheckPageAtPhoneWidthAsync("admin-home");

        await page.GetByRole(AriaRole.Link, new() { Name = "Products and stock" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "Wireless Mouse", Exact = true })).ToBeVisibleAsync();
        await tab.CheckPageAsync("admin-products");
        await tab.CheckPageAtPhoneWidthAsync("admin-products");
        await page.GetByLabel("Product id").FillAsync(productId);
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await page.GetByLabel("Category", new() { Exact = true }).FillAsync("Home");
        await page.GetByLabel("Price", new() { Exact = true }).FillAsync("32.00");
        await page.GetByLabel("Description").FillAsync(description);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save product" }).ClickAsync();
        await Expect(page.GetByTestId("admin-notice")).ToHaveTextAsync($"Saved {name}.");

        var row = page.Locator($"tr[data-product-id='{productId}']");
        await row.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "lamp.png", MimeType = "image/png", Buffer = picture });
        await Expect(page.GetByTestId("admin-notice")).ToHaveTextAsync($"Uploaded the picture of {name}.");
        await Expect(row.GetByRole(AriaRole.Img, new() { Name = name })).ToBeVisibleAsync();
        await page.GetByLabel($"Stock of {name}", new() { Exact = true }).FillAsync("7");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Save stock of {name}" }).ClickAsync();
        await Expect(page.GetByTestId("admin-notice")).ToHaveTextAsync($"Stock of {name} is now 7.");
        await tab.CheckPageAsync("admin-products-saved");
        // A new price, everything else as it was: the listing has no description, the form loads it.
        await page.GetByRole(AriaRole.Button, new() { Name = $"Edit {name}" }).ClickAsync();
        await Expect(page.GetByLabel("Description")).ToHaveValueAsync(description);
        await page.GetByLabel("Price", new() { Exact = true }).FillAsync("34.50");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save product" }).ClickAsync();
        await Expect(page.GetByTestId("admin-notice")).ToHaveTextAsync($"Saved {name}.");
        await Expect(row.GetByRole(AriaRole.Img, new() { Name = name })).ToBeVisibleAsync();

        var product = await shop.Shop.Client.GetJsonAsync($"/api/products/{productId}");
        Assert.Equal(34.50m, (decimal)product["price"]!);
        Assert.Equal(description, (string?)product["description"]);
        using (var raw = new HttpClient())
        {
            Assert.Equal(picture, await raw.GetByteArrayAsync((string)product["imageUrl"]!));
        }
        Assert.Equal(7, (int)(await shop.Shop.Client.GetJsonAsync($"/api/inventory/{productId}"))["availableQty"]!);
        await page.GotoAsync($"/products/{productId}");
        await Expect(page.GetByTestId("product-description")).ToHaveTextAsync(description);
        await tab.CheckPageAsync("product-with-description");

        var orderId = await ConfirmedOrderAsync(productId, qty: 2);
        await page.GotoAsync("/admin/orders");
        var order = page.Locator($"tr[data-order-id='{orderId}']");
        await Expect(order).ToContainTextAsync("$69.00");
        await tab.CheckPageAsync("admin-orders");
        await tab.CheckPageAtPhoneWidthAsync("admin-orders");
        await page.GetByLabel($"Tracking number for order {orderId[..8]}").FillAsync("1Z999AA10123456784");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Ship order {orderId[..8]}" }).ClickAsync();
        await Expect(page.GetByTestId("admin-notice")).ToHaveTextAsync($"Order {orderId[..8]} shipped.");
        await Expect(order).ToHaveCountAsync(0);

        await page.GetByLabel("Status").SelectOptionAsync("SHIPPED");
        await Expect(order).ToContainTextAsync("SHIPPED");
        await tab.CheckPageAsync("admin-orders-shipped");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Mark delivered: order {orderId[..8]}" }).ClickAsync();
        await Expect(page.GetByTestId("admin-notice")).ToHaveTextAsync($"Order {orderId[..8]} delivered.");
        var admin = await shop.Shop.AdminClientAsync();
        var delivered = await admin.GetJsonAsync($"/api/orders/{orderId}");
        Assert.Equal("DELIVERED", (string?)delivered["status"]);
        Assert.Equal("1Z999AA10123456784", (string?)delivered["trackingNumber"]);

        await page.GotoAsync("/admin/emails");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Failed e-mails" })).ToBeVisibleAsync();
        await tab.CheckPageAsync("admin-emails");
        await tab.CheckPageAtPhoneWidthAsync("admin-emails");
    }

    [Fact]
    public async Task A_customer_sees_no_admin_link_and_is_kept_out_of_the_admin_pages()
    {
        var (_, _, email) = await shop.Shop.NewCustomerAsync();
        await using var tab = await shop.NewShopperAsync();
        var page = tab.Page;

        await tab.SignInAsync(email, ShopApi.CustomerPassword);
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Admin" })).ToHaveCountAsync(0);
        await page.GotoAsync("/admin/products");

        await Expect(page).Not.ToHaveURLAsync(new Regex("/admin"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Products and stock" })).ToHaveCountAsync(0);
    }

    /// <summary>A shopper's paid order of <paramref name="qty"/> of the product, through the API.</summary>
    private async Task<string> ConfirmedOrderAsync(string productId, int qty)
    {
        var (customer, _, _) = await shop.Shop.NewCustomerAsync();
        Assert.True((await customer.PostJsonAsync("/api/cart/items", new { productId, qty })).IsSuccessStatusCode);
        var placed = await customer.PostAsync("/api/orders/checkout", null);
        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
        var orderId = (string)(await placed.JsonAsync())["order"]!["orderId"]!;
        Assert.True((await customer.PostJsonAsync("/api/payments", new { orderId, status = "SUCCESS" })).IsSuccessStatusCode);
        return orderId;
    }

    /// <summary>A real PNG of one colour, so the browser decodes it and the page shows it.</summary>
    private static byte[] SolidPng(int width, int height, byte red, byte green, byte blue)
    {
        var rows = new MemoryStream();
        using (var zlib = new ZLibStream(rows, CompressionLevel.Optimal, leaveOpen: true))
        {
            for (var y = 0; y < height; y++)
            {
                zlib.WriteByte(0);
                for (var x = 0; x < width; x++)
                {
                    zlib.Write([red, green, blue]);
                }
            }
        }
        var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header, width);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        header[9] = 2;
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", rows.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var length = new byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typed = System.Text.Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        var crc = new byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        png.Write(crc);
    }

    /// <summary>PNG's chunk checksum (ISO 3309 CRC-32).</summary>
    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }
        return ~crc;
    }
}
