using System.Text.RegularExpressions;

namespace CloudRetail.BuildingBlocks.Observability;

/// <summary>An e-mail address as a log line may show it: enough to tell two apart, not enough to
/// write to (<c>a***@example.com</c>). Logs leave the shop; addresses must not.</summary>
public static partial class MaskedEmail
{
    public static string Of(string? email)
    {
        var at = email?.LastIndexOf('@') ?? -1;
        return at <= 0 ? "***" : $"{email![0]}***{email[at..]}";
    }

    /// <summary>The text with every address in it masked: for what another service wrote (an error
    /// body that names the recipient) before it is logged or stored.</summary>
    public static string InText(string text) => Address().Replace(text, match => Of(match.Value));

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+")]
    private static partial Regex Address();
}
