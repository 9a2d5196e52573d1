using Amazon.CDK;
using Amazon.CDK.AWS.Cognito;
using Constructs;

namespace CloudRetail.Cdk;

/// <summary>Shoppers and staff: a Cognito user pool signed into by e-mail, the API's app client
/// and the admin group whose members manage the shop.</summary>
internal sealed class ShopperIdentity : Construct
{
    public ShopperIdentity(Construct scope, string id, DeploySettings settings) : base(scope, id)
    {
        UserPool = new UserPool(this, "Shoppers", new UserPoolProps
        {
            UserPoolName = $"cloudretail-{settings.Stage}-shoppers",
            SelfSignUpEnabled = true,
            SignInAliases = new SignInAliases { Email = true },
            AutoVerify = new AutoVerifiedAttrs { Email = true },
            UserVerification = new UserVerificationConfig { EmailStyle = VerificationEmailStyle.CODE },
            StandardAttributes = new StandardAttributes { Email = new StandardAttribute { Required = true, Mutable = true } },
            // The Identity module checks the same rules (PasswordPolicy) before calling Cognito.
            PasswordPolicy = new PasswordPolicy
            {
                MinLength = 8,
                RequireUppercase = true,
                RequireLowercase = true,
                RequireDigits = true,
                RequireSymbols = false,
            },
            AccountRecovery = AccountRecovery.EMAIL_ONLY,
            RemovalPolicy = settings.IsProduction ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
            DeletionProtection = settings.IsProduction,
        });

        Client = UserPool.AddClient("Api", new UserPoolClientOptions
        {
            UserPoolClientName = "cloudretail-api",
            // USER_PASSWORD_AUTH for login; CDK always adds ALLOW_REFRESH_TOKEN_AUTH for refresh.
            AuthFlows = new AuthFlow { UserPassword = true },
            // No secret: it would sit in plain text in the function's configuration, and the API
            // is the client's only caller. The Identity module adds SECRET_HASH only when one is set.
            GenerateSecret = false,
            PreventUserExistenceErrors = true,
            EnableTokenRevocation = true,
            DisableOAuth = true,
        });

        _ = new CfnUserPoolGroup(this, "Admins", new CfnUserPoolGroupProps
        {
            UserPoolId = UserPool.UserPoolId,
            GroupName = ShopGroups.Admin,
            Description = "Shop staff: manage products, images, stock, orders and notifications",
        });
    }

    public UserPool UserPool { get; }

    public UserPoolClient Client { get; }
}
