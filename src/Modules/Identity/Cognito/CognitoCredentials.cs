using CloudRetail.BuildingBlocks.Aws;

namespace CloudRetail.Identity.Cognito;

/// <summary>Keys to sign Cognito's admin operations with: the local emulator's when cognito-local is
/// configured (it accepts any), otherwise the function's role from the SDK's credential chain.</summary>
internal sealed class CognitoCredentials(AwsKeys? localKeys) : SigningCredentials(localKeys);
