using Amazon.CDK;

namespace CloudRetail.Cdk;

/// <summary>The CDK app `cdk deploy` runs (cdk.json): one stack for the stage in context.
/// A named class rather than top-level statements, so its name does not clash with the API's
/// Program in the deploy tests, which load both.</summary>
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
        _ = new ShopStack(app, $"CloudRetail-{settings.Stage}", settings, new StackProps
        {
            // The account and region of the caller's AWS profile, as `cdk deploy` resolves them.
            Env = new Amazon.CDK.Environment
            {
                Account = System.Environment.GetEnvironmentVariable("CDK_DEFAULT_ACCOUNT"),
                Region = System.Environment.GetEnvironmentVariable("CDK_DEFAULT_REGION"),
            },
            Description = $"CloudRetail shop, stage {settings.Stage}",
        });
        app.Synth();
        return 0;
    }
}
