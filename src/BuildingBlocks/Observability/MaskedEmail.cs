namespace CloudRetail.BuildingBlocks.Observability;

/// <summary>An e-mail address as a log line may show it: enough to tell two apart, not enough to
/// write to (<c>a***@example.com</c>). Logs leave the shop; addresses must not.</summary>
public static class MaskedEmail
{
    public static string Of(string? email)
    {
        var at = email?.LastIndexOf('@') ?? -1;
        return at <= 0 ? "***" : $"{email![0]}***{email[at..]}";
    }
}
