using System.Net;
using System.Net.Http.Headers;
using System.Xml.Linq;
using CloudRetail.Api.Tests.Infrastructure;

namespace CloudRetail.Api.Tests.Catalog;

/// <summary>What lands in the bucket is the picture itself, never the SDK's aws-chunked framing.</summary>
[Collection(ShopApiCollection.Name)]
public sealed class PictureBytesTests(ShopApi shop)
{
    [Fact]
    public async Task Every_demo_picture_downloads_as_a_valid_image_of_its_content_type()
    {
        await using var demoShop = shop.StartHost((ShopApi.DemoDataSetting, "true"));
        using var client = demoShop.CreateClient();
        using var raw = new HttpClient();

        var checkedPictures = 0;
        for (var i = 1; i <= 12; i++)
        {
            var product = await client.GetJsonAsync($"/api/products/P{i:000}");
            var download = await raw.GetAsync((string)product["imageUrl"]!);

            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Empty(download.Content.Headers.ContentEncoding);
            var bytes = await download.Content.ReadAsByteArrayAsync();
            AssertIsImage(download.Content.Headers.ContentType?.MediaType, bytes);
            checkedPictures++;
        }
        Assert.Equal(12, checkedPictures);
    }

    [Fact]
    public async Task A_browser_style_put_to_the_upload_url_stores_exactly_the_bytes_sent()
    {
        var admin = await shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync();
        var picture = Convert.FromBase64String(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
        var upload = await (await admin.PostJsonAsync($"/api/products/{productId}/image-upload", new { contentType = "image/png", contentLength = picture.Length })).JsonAsync();

        using var raw = new HttpClient();
        using var preflight = new HttpRequestMessage(HttpMethod.Options, (string)upload["uploadUrl"]!);
        preflight.Headers.Add("Origin", "http://localhost:4200");
        preflight.Headers.Add("Access-Control-Request-Method", "PUT");
        preflight.Headers.Add("Access-Control-Request-Headers", "content-type");
        var allowed = await raw.SendAsync(preflight);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.True(allowed.Headers.Contains("Access-Control-Allow-Origin"));
        using var put = new HttpRequestMessage(HttpMethod.Put, (string)upload["uploadUrl"]!) { Content = new ByteArrayContent(picture) };
        put.Content.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        put.Headers.Add("Origin", "http://localhost:4200");
        Assert.Equal(HttpStatusCode.OK, (await raw.SendAsync(put)).StatusCode);

        var product = await shop.Client.GetJsonAsync($"/api/products/{productId}");
        var download = await raw.GetAsync((string)product["imageUrl"]!);
        var bytes = await download.Content.ReadAsByteArrayAsync();
        Assert.Equal(picture, bytes);
        AssertIsImage(download.Content.Headers.ContentType?.MediaType, bytes);
    }

    /// <summary>The upload URL is signed for one content type and the declared length, at most
    /// <c>maxLength</c>: S3 refuses another type, a bigger body, or a smaller one.</summary>
    [Fact]
    public async Task The_upload_url_takes_only_the_declared_type_and_length_and_the_length_is_limited()
    {
        var admin = await shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync();
        var picture = Convert.FromBase64String(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

        var tooLong = await admin.PostJsonAsync($"/api/products/{productId}/image-upload", new { contentType = "image/png", contentLength = 5 * 1024 * 1024 + 1 });
        var upload = await (await admin.PostJsonAsync($"/api/products/{productId}/image-upload", new { contentType = "image/png", contentLength = picture.Length })).JsonAsync();
        var url = (string)upload["uploadUrl"]!;

        Assert.Contains("contentLength", (await tooLong.ProblemAsync(400))["errors"]!.AsObject().Select(e => e.Key));
        Assert.Equal((picture.Length, 5 * 1024 * 1024), ((int)upload["contentLength"]!, (int)upload["maxLength"]!));
        Assert.Contains("content-length", PresignedPut.SignedHeaders(url));
        Assert.Contains("content-type", PresignedPut.SignedHeaders(url));
        Assert.True(PresignedPut.Verifies(url, "image/png", picture.Length, S3Secret));
        Assert.False(PresignedPut.Verifies(url, "text/html", picture.Length, S3Secret));
        Assert.False(PresignedPut.Verifies(url, "image/png", 6 * 1024 * 1024, S3Secret));
        Assert.False(PresignedPut.Verifies(url, "image/png", picture.Length - 1, S3Secret));
        using var raw = new HttpClient();
        using var put = new HttpRequestMessage(HttpMethod.Put, url) { Content = new ByteArrayContent(picture) };
        put.Content.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        Assert.Equal(HttpStatusCode.OK, (await raw.SendAsync(put)).StatusCode);
    }

    /// <summary>The local credentials s3rver (and so the API's S3 client) uses.</summary>
    private const string S3Secret = "S3RVER";

    /// <summary>Checks the bytes are the kind of picture the content type says, by their signature.</summary>
    private static void AssertIsImage(string? contentType, byte[] bytes)
    {
        switch (contentType)
        {
            case "image/svg+xml":
                Assert.Equal("svg", XDocument.Parse(System.Text.Encoding.UTF8.GetString(bytes)).Root?.Name.LocalName);
                break;
            case "image/png":
                Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, bytes[..8]);
                break;
            case "image/jpeg":
                Assert.Equal(new byte[] { 0xFF, 0xD8, 0xFF }, bytes[..3]);
                break;
            default:
                Assert.Fail($"unexpected content type {contentType}");
                break;
        }
    }
}
