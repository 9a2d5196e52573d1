using Amazon.CDK;

namespace CloudRetail.Cdk;

/// <summary>The CDK app `cdk deploy` runs (cdk.json): the stage's shop stack, and its edge stack
/// (the WAF web ACL, in us-east-1) deployed first. A named class rather than top-level statements,
/// so its name does not clash with the API's Program in the deploy tests, which load both.</summary>
internal static class ShopDeployment
{
    public static int Main()
    {
        var app = new App();
        DeploySettings settings;
        try
        {
            settings = DeploySettings.From(app.Node);
        }
        catch (ArgumentException missing)
        {
            // A missing or malformed context value is the operator's to fix: say which, no stack trace.
            Console.Error.WriteLine(missing.Message);
            return 1;
        }
        var account = System.Environment.GetEnvironmentVariable("CDK_DEFAULT_ACCOUNT");
        _ = new EdgeShieldStack(app, $"CloudRetail-{settings.Stage}-edge", settings, account);
        _ = new ShopStack(app, $"CloudRetail-{settings.Stage}", settings, new StackProps
        {
            // The account and region of the caller's AWS profile, as `cdk deploy` resolves them.
            Env = new Amazon.CDK.Environment
            {
                Account = account,
                Region = System.Environment.GetEnvironmentVariable("CDK_DEFAULT_REGION"),
            },
            Description = $"CloudRetail shop, stage {settings.Stage}",
        });
        app.Synth();
        return 0;
    }
}
