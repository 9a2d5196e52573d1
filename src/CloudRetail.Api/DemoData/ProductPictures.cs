using System.Net;
using System.Text;
using CloudRetail.Catalog;

namespace CloudRetail.Api.DemoData;

/// <summary>Simple generated pictures for the demo catalog, so no binary files live in the repo.</summary>
internal static class ProductPictures
{
    public static ProductPicture Svg(string name, string colour)
    {
        var label = WebUtility.HtmlEncode(name);
        var svg = $"""
            <svg xmlns="http://www.w3.org/2000/svg" width="480" height="360" viewBox="0 0 480 360">
              <rect width="480" height="360" fill="{colour}"/>
              <circle cx="240" cy="150" r="70" fill="#ffffff" fill-opacity="0.25"/>
              <text x="240" y="290" font-family="sans-serif" font-size="26" fill="#ffffff" text-anchor="middle">{label}</text>
            </svg>
            """;
        return new ProductPicture("svg", "image/svg+xml", Encoding.UTF8.GetBytes(svg));
    }
}
