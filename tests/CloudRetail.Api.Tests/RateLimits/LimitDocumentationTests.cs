using CloudRetail.Api.Tests.Infrastructure;

namespace CloudRetail.Api.Tests.RateLimits;

/// <summary>A client generated from the OpenAPI document knows which calls can be throttled.</summary>
[Collection(ShopApiCollection.Name)]
public sealed class LimitDocumentationTests(ShopApi shop)
{
    [Theory]
    [InlineData("/api/auth/register")]
    [InlineData("/api/auth/confirm")]
    [InlineData("/api/auth/resend-code")]
    [InlineData("/api/auth/login")]
    [InlineData("/api/auth/forgot-password")]
    [InlineData("/api/auth/confirm-forgot-password")]
    [InlineData("/api/orders/checkout")]
    [InlineData("/api/payments")]
    public async Task Each_limited_call_documents_its_429(string path)
    {
        var document = await shop.Client.GetJsonAsync("/openapi/v1.json");

        Assert.NotNull(document["paths"]![path]!["post"]!["responses"]!["429"]);
    }

    /// <summary>Not /api/auth/refresh: the shop does not limit it, but Cognito may throttle it, and
    /// every sign-in call passes Cognito's throttling on as 429, so its document says so.</summary>
    [Fact]
    public async Task A_call_under_no_limit_documents_none()
    {
        var document = await shop.Client.GetJsonAsync("/openapi/v1.json");

        Assert.Null(document["paths"]!["/api/cart/items"]!["post"]!["responses"]!["429"]);
        Assert.NotNull(document["paths"]!["/api/auth/refresh"]!["post"]!["responses"]!["429"]);
    }
}
