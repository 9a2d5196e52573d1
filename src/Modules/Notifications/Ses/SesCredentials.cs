using CloudRetail.BuildingBlocks.Aws;

namespace CloudRetail.Notifications.Ses;

/// <summary>Keys to sign SES requests with: the local emulator's when the SES emulator is configured.</summary>
internal sealed class SesCredentials(AwsKeys? localKeys) : SigningCredentials(localKeys);
