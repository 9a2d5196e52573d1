using CloudRetail.Notifications.Domain;

namespace CloudRetail.Notifications.Ses;

/// <summary>The SES v2 SendEmail body for a simple (subject, HTML and text) e-mail; property names
/// are SES's own, hence PascalCase on the wire.</summary>
internal sealed record SendEmailRequest(string FromEmailAddress, SendEmailRequest.EmailDestination Destination, SendEmailRequest.EmailContent Content)
{
    private const string Utf8 = "UTF-8";

    public static SendEmailRequest From(string from, string to, RenderedEmail email) => new(
        from,
        new EmailDestination([to]),
        new EmailContent(new SimpleMessage(
            new Part(email.Subject, Utf8),
            new MessageBody(new Part(email.Html, Utf8), new Part(email.Text, Utf8)))));

    internal sealed record EmailDestination(IReadOnlyList<string> ToAddresses);

    internal sealed record EmailContent(SimpleMessage Simple);

    internal sealed record SimpleMessage(Part Subject, MessageBody Body);

    internal sealed record MessageBody(Part Html, Part Text);

    internal sealed record Part(string Data, string Charset);
}

internal sealed record SendEmailResponse(string? MessageId);

/// <summary>SES's bodies described at build time: the shipped binary is Native AOT, with no
/// reflection-based serializer. Default options: PascalCase as declared, case-sensitive reads.</summary>
[System.Text.Json.Serialization.JsonSerializable(typeof(SendEmailRequest))]
[System.Text.Json.Serialization.JsonSerializable(typeof(SendEmailResponse))]
internal sealed partial class SesJson : System.Text.Json.Serialization.JsonSerializerContext;
