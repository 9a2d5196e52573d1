using Amazon.CDK;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.Lambda;
using Amazon.CDK.AWS.SecretsManager;
using Constructs;

namespace CloudRetail.Cdk;

/// <summary>
/// The stage's generated secrets, none of them in the function's environment: the function gets
/// SECRET_PARAMETERS, each setting's Parameter Store path to its secret
/// (<c>/aws/reference/secretsmanager/…</c>), and reads the values at run time, again every few
/// minutes, so a rotated page-cursor or webhook secret needs no deploy. One is also presented by an
/// AWS service that takes it at deploy time (CloudFront's origin header): rotating it means a deploy
/// (docs/deploy.md, "Secrets"). The reservation sweep needs none: IAM lets only its rule invoke.
/// </summary>
internal sealed class ShopSecrets : Construct
{
    public const string ReferencePrefix = "/aws/reference/secretsmanager/";

    private readonly string _prefix;
    private readonly Dictionary<string, (Secret Secret, string Name)> _bySetting = [];

    public ShopSecrets(Construct scope, string id, DeploySettings settings) : base(scope, id)
    {
        // The stack's own id in every name: a stack deleted and created again does not collide with
        // the names Secrets Manager keeps reserved during a deleted secret's recovery window.
        _prefix = $"cloudretail/{settings.Stage}/{Fn.Select(2, Fn.Split("/", Aws.STACK_ID))}/";
        // Every instance signs and checks page cursors with this one key, or a next page would fail on another instance.
        Add(ShopSettings.PageCursorSecret, "pagecursor", "Signs the cursors of the API's paged listings", RemovalPolicy.DESTROY);
        // Signs the payment webhook (HMAC-SHA256). Generated here, so no person ever holds it.
        PaymentWebhook = Add(ShopSettings.PaymentWebhookSecret, "paymentwebhook", "Shared secret of the payment webhook signature",
            settings.IsProduction ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY);
        // CloudFront sends it to the API with every /api request; only a request carrying it has its
        // CloudFront-Viewer-Address believed, so a caller of API Gateway cannot pick its own address.
        CloudFrontOrigin = Add(ShopSettings.CloudFrontOriginSecret, "originverify",
            "Proves to the API that a request came through the storefront distribution", RemovalPolicy.DESTROY);
    }

    public Secret PaymentWebhook { get; }

    public Secret CloudFrontOrigin { get; }

    /// <summary>SECRET_PARAMETERS: SETTING=parameter pairs.</summary>
    public string ParameterMapping => string.Join(",", _bySetting.Select(s => $"{s.Key}={ReferencePrefix}{s.Value.Name}"));

    /// <summary>Lets the function read these secrets, and only these, through Parameter Store.</summary>
    public void GrantRead(IFunction function)
    {
        foreach (var (secret, _) in _bySetting.Values)
        {
            secret.GrantRead(function);
        }
        function.AddToRolePolicy(new PolicyStatement(new PolicyStatementProps
        {
            Actions = ["ssm:GetParameter"],
            Resources = [Stack.Of(this).FormatArn(new ArnComponents
            {
                Service = "ssm",
                Resource = "parameter",
                ResourceName = $"{ReferencePrefix.TrimStart('/')}{_prefix}*",
            })],
        }));
    }

    private Secret Add(string setting, string name, string description, RemovalPolicy removal)
    {
        var secret = new Secret(this, name, new SecretProps
        {
            SecretName = _prefix + name,
            Description = $"{description} ({setting}, read at run time)",
            GenerateSecretString = new SecretStringGenerator { PasswordLength = 48, ExcludePunctuation = true },
            RemovalPolicy = removal,
        });
        _bySetting.Add(setting, (secret, _prefix + name));
        return secret;
    }
}
