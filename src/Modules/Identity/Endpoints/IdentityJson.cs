using System.Text.Json;
using System.Text.Json.Serialization;

namespace CloudRetail.Identity.Endpoints;

/// <summary>The bodies Identity's endpoints read and write, described at build time (JsonTypes).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(RegisterRequest))]
[JsonSerializable(typeof(ConfirmRequest))]
[JsonSerializable(typeof(EmailRequest))]
[JsonSerializable(typeof(LoginRequest))]
[JsonSerializable(typeof(RefreshRequest))]
[JsonSerializable(typeof(ResetPasswordRequest))]
[JsonSerializable(typeof(Registered))]
[JsonSerializable(typeof(Confirmed))]
[JsonSerializable(typeof(CodeSent))]
[JsonSerializable(typeof(SignedIn))]
[JsonSerializable(typeof(SignedOut))]
[JsonSerializable(typeof(PasswordReset))]
[JsonSerializable(typeof(Profile))]
internal sealed partial class IdentityJson : JsonSerializerContext;
