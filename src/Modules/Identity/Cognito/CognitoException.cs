using System.Text.Json;

namespace CloudRetail.Identity.Cognito;

/// <summary>Cognito refused an operation. <see cref="ErrorType"/> is Cognito's own name for the
/// reason (UsernameExistsException, CodeMismatchException, ...), which the API answers as <c>error</c>.</summary>
internal sealed class CognitoException(string operation, string errorType, string message) : Exception(message)
{
    public string Operation { get; } = operation;

    public string ErrorType { get; } = errorType;

    /// <summary>Reads the JSON protocol's error body; the type may come qualified
    /// (<c>com.amazonaws...#NotAuthorizedException</c> or <c>NotAuthorizedException:http://...</c>).</summary>
    public static CognitoException FromResponse(string operation, string body, string? errorTypeHeader)
    {
        string? type = null;
        string? message = null;
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in document.RootElement.EnumerateObject())
                {
                    if (property.Value.ValueKind != JsonValueKind.String)
                    {
                        continue;
                    }
                    if (property.NameEquals("__type"))
                    {
                        type = property.Value.GetString();
                    }
                    else if (property.Name.Equals("message", StringComparison.OrdinalIgnoreCase))
                    {
                        message = property.Value.GetString();
                    }
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON (a proxy's error page, say): the header, or "unknown", names the failure.
        }
        var errorType = ShortName(type ?? errorTypeHeader ?? "UnknownError");
        return new CognitoException(operation, errorType, message ?? errorType);
    }

    public static string ShortName(string type)
    {
        var name = type[(type.LastIndexOf('#') + 1)..];
        var colon = name.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? name : name[..colon];
    }
}
