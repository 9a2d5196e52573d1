using System.Net;
using System.Net.Http.Headers;
using CloudRetail.Api.Tests.Infrastructure;

namespace CloudRetail.Api.Tests.Catalog;

[Collection(ShopApiCollection.Name)]
[Trait(ShippedBinary.Category, ShippedBinary.Runs)]
public sealed class ProductCatalogTests(ShopApi shop)
{
    private readonly HttpClient _client = shop.Client;

    [Fact]
    public async Task Created_product_is_answered_in_its_kept_shape_and_can_be_read_back()
    {
        var admin = await shop.AdminClientAsync();
        var productId = TestCatalog.NewProductId();

        var response = await admin.PostJsonAsync("/api/products", new
        {
            productId, name = "Wireless Mouse", category = "Electronics", price = 29.99m, currency = "USD", imageKey = $"products/{productId}.jpg",
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal("Product created", (string?)body["message"]);
        Assert.Equal(29.99m, (decimal)body["product"]!["price"]!);
        var read = await _client.GetJsonAsync($"/api/products/{productId}");
        Assert.Equal("Wireless Mouse", (string?)read["name"]);
        Assert.Equal("Electronics", (string?)read["category"]);
        Assert.Equal("USD", (string?)read["currency"]);
        var query = System.Web.HttpUtility.ParseQueryString(new Uri((string)read["imageUrl"]!).Query);
        Assert.False(string.IsNullOrEmpty(query["X-Amz-Signature"]));
        // SIGNED_URL_EXPIRES defaults to 300 s. The SDK turns our expiry instant back into seconds
        // against its own clock, rounding, so the figure can land a second either side.
        Assert.InRange(int.Parse(query["X-Amz-Expires"]!, System.Globalization.CultureInfo.InvariantCulture), 298, 302);
    }

    [Fact]
    public async Task Unknown_product_is_404_saying_so()
    {
        var response = await _client.GetAsync($"/api/products/{TestCatalog.NewProductId()}");

        await response.ProblemAsync(404, "Product not found");
    }

    [Fact]
    public async Task Creating_a_product_with_a_taken_id_is_409_and_keeps_the_first()
    {
        var admin = await shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync(price: 5m);

        var again = await admin.PostJsonAsync("/api/products", new { productId, name = "Impostor", category = "Test", price = 1m, currency = "USD" });

        await again.ProblemAsync(409, "Product already exists");
        Assert.Equal(5m, (decimal)(await _client.GetJsonAsync($"/api/products/{productId}"))["price"]!);
    }

    [Fact]
    public async Task Listing_a_category_pages_through_every_product_with_the_cursor()
    {
        var admin = await shop.AdminClientAsync();
        var category = $"Cat-{Guid.NewGuid():N}";
        var created = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            created.Add(await admin.CreateProductAsync(category: category));
        }

        var seen = new List<string>();
        string? nextToken = null;
        var pages = 0;
        do
        {
            var path = $"/api/products?category={category}&limit=2" + (nextToken is null ? "" : $"&nextToken={nextToken}");
            var page = await _client.GetJsonAsync(path);
            var items = page["items"]!.AsArray();
            Assert.True(items.Count <= 2);
            Assert.Equal(items.Count, (int)page["count"]!);
            seen.AddRange(items.Select(i => (string)i!["productId"]!));
            nextToken = (string?)page["nextToken"];
            pages++;
        }
        while (nextToken is not null && pages < 10);

        Assert.Equal(created.Order(), seen.Order());
        Assert.True(pages >= 3);
    }

    [Fact]
    public async Task Listing_caps_the_page_size_at_100()
    {
        var page = await _client.GetJsonAsync("/api/products?limit=5000");

        Assert.True((int)page["count"]! <= 100);
    }

    [Fact]
    public async Task Updating_a_product_replaces_its_details_and_keeps_its_creation_time()
    {
        var admin = await shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync(price: 10m);
        var before = await _client.GetJsonAsync($"/api/products/{productId}");

        var response = await admin.PutJsonAsync($"/api/products/{productId}", new { name = "Renamed", category = "Other", price = 12.5m, currency = "EUR" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var after = await _client.GetJsonAsync($"/api/products/{productId}");
        Assert.Equal("Renamed", (string?)after["name"]);
        Assert.Equal(12.5m, (decimal)after["price"]!);
        Assert.Equal("EUR", (string?)after["currency"]);
        Assert.Equal((string?)before["createdAt"], (string?)after["createdAt"]);
        Assert.NotNull((string?)after["updatedAt"]);
    }

    [Fact]
    public async Task A_products_own_page_shows_its_description_and_listings_and_searches_leave_it_out()
    {
        var admin = await shop.AdminClientAsync();
        var productId = TestCatalog.NewProductId();
        var category = $"Described {productId}";

        var created = await admin.PostJsonAsync("/api/products", new
        {
            productId, name = "Walnut Chopping Board", category, price = 35m, currency = "USD", description = "  Oiled walnut, 40 × 25 cm.\nHand wash only.  ",
        });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("Oiled walnut, 40 × 25 cm.\nHand wash only.", (string?)(await created.JsonAsync())["product"]!["description"]);
        Assert.Equal("Oiled walnut, 40 × 25 cm.\nHand wash only.", (string?)(await _client.GetJsonAsync($"/api/products/{productId}"))["description"]);
        var listed = (await _client.GetJsonAsync($"/api/products?category={Uri.EscapeDataString(category)}"))["items"]!.AsArray().Single()!.AsObject();
        var found = (await _client.GetJsonAsync($"/api/products?q=walnut&category={Uri.EscapeDataString(category)}"))["items"]!.AsArray().Single()!.AsObject();
        Assert.Equal(productId, (string?)listed["productId"]);
        Assert.False(listed.ContainsKey("description"));
        Assert.Equal(productId, (string?)found["productId"]);
        Assert.False(found.ContainsKey("description"));
    }

    [Fact]
    public async Task Updating_a_product_without_its_picture_or_description_keeps_them_and_an_empty_description_removes_it()
    {
        var admin = await shop.AdminClientAsync();
        var productId = TestCatalog.NewProductId();
        await admin.PostJsonAsync("/api/products", new
        {
            productId, name = "Desk Lamp", category = "Test", price = 20m, currency = "USD", imageKey = $"products/{productId}.png", description = "Warm light.",
        });

        var renamed = await admin.PutJsonAsync($"/api/products/{productId}", new { name = "Desk Lamp, brass", category = "Test", price = 22m, currency = "USD" });

        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        var kept = await _client.GetJsonAsync($"/api/products/{productId}");
        Assert.Equal("Desk Lamp, brass", (string?)kept["name"]);
        Assert.Equal($"products/{productId}.png", (string?)kept["imageKey"]);
        Assert.Equal("Warm light.", (string?)kept["description"]);

        await admin.PutJsonAsync($"/api/products/{productId}", new { name = "Desk Lamp, brass", category = "Test", price = 22m, currency = "USD", description = "" });

        Assert.False((await _client.GetJsonAsync($"/api/products/{productId}")).AsObject().ContainsKey("description"));
    }

    [Fact]
    public async Task A_description_longer_than_2000_characters_is_400_naming_it_and_writes_nothing()
    {
        var admin = await shop.AdminClientAsync();
        var productId = TestCatalog.NewProductId();

        var response = await admin.PostJsonAsync("/api/products", new
        {
            productId, name = "Long Story", category = "Test", price = 5m, currency = "USD", description = new string('a', 2001),
        });

        var problem = await response.ProblemAsync(400);
        Assert.Equal("description must be at most 2000 characters", (string?)problem["errors"]!["description"]![0]);
        await (await _client.GetAsync($"/api/products/{productId}")).ProblemAsync(404);
    }

    [Fact]
    public async Task Updating_or_deleting_an_unknown_product_is_404_and_creates_nothing()
    {
        var admin = await shop.AdminClientAsync();
        var productId = TestCatalog.NewProductId();

        await (await admin.PutJsonAsync($"/api/products/{productId}", new { name = "Ghost", category = "Test", price = 1m, currency = "USD" })).ProblemAsync(404, "Product not found");
        await (await admin.DeleteAsync($"/api/products/{productId}")).ProblemAsync(404, "Product not found");
        await (await _client.GetAsync($"/api/products/{productId}")).ProblemAsync(404);
    }

    [Fact]
    public async Task Deleted_product_is_gone()
    {
        var admin = await shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync();

        var response = await admin.DeleteAsync($"/api/products/{productId}");

        Assert.Equal("Product deleted", (string?)(await response.JsonAsync())["message"]);
        await (await _client.GetAsync($"/api/products/{productId}")).ProblemAsync(404, "Product not found");
    }

    [Fact]
    public async Task An_uploaded_picture_downloads_from_the_product_image_url()
    {
        var admin = await shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync();
        var picture = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4 };

        var upload = await (await admin.PostJsonAsync($"/api/products/{productId}/image-upload", new { contentType = "image/png", contentLength = picture.Length })).JsonAsync();
        using var raw = new HttpClient();
        using var content = new ByteArrayContent(picture);
        content.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        var put = await raw.PutAsync((string)upload["uploadUrl"]!, content);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);

        var product = await _client.GetJsonAsync($"/api/products/{productId}");
        Assert.Equal($"products/{productId}.png", (string?)product["imageKey"]);
        var download = await raw.GetAsync((string)product["imageUrl"]!);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(picture, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("image/png", download.Content.Headers.ContentType?.MediaType);
    }
}
