using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace CloudRetail.Testing;

/// <summary>
/// The real emulators, started by tools/local-aws/start.mjs on free ports, in memory: once per test
/// run, and once per bench run. Set LocalAws__DynamoDbUrl (and the S3, Cognito, SES ones) to use
/// emulators that already run.
/// </summary>
public sealed class LocalAwsEmulators : IAsyncDisposable
{
    private readonly Process? _process;

    private LocalAwsEmulators(Endpoints endpoints, Process? process, ConfirmationCodes? codes = null)
    {
        Urls = endpoints;
        _process = process;
        Codes = codes;
    }

    public Endpoints Urls { get; }

    /// <summary>The codes cognito-local printed; null for emulators this run did not start.</summary>
    public ConfirmationCodes? Codes { get; }

    public sealed record Endpoints(string DynamoDb, string S3, string Cognito, string Ses);

    public static async Task<LocalAwsEmulators> StartAsync()
    {
        if (Environment.GetEnvironmentVariable("LocalAws__DynamoDbUrl") is { Length: > 0 } dynamoDb)
        {
            return new LocalAwsEmulators(new Endpoints(
                dynamoDb,
                Environment.GetEnvironmentVariable("LocalAws__S3Url") ?? "http://127.0.0.1:4569",
                Environment.GetEnvironmentVariable("LocalAws__CognitoUrl") ?? "http://127.0.0.1:9229",
                Environment.GetEnvironmentVariable("LocalAws__SesUrl") ?? "http://127.0.0.1:8005"), process: null);
        }

        var dataDir = Directory.CreateTempSubdirectory("cloudretail-emulators-").FullName;
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            Path.Combine(Repository.Root, "tools", "local-aws", "start.mjs"), "--in-memory", "--exit-on-stdin-close",
            "--data-dir", dataDir,
            "--dynamodb-port", Port(), "--s3-port", Port(), "--cognito-port", Port(), "--ses-port", Port(),
        })
        {
            start.ArgumentList.Add(argument);
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node");
        var errors = new System.Text.StringBuilder();
        var codes = new ConfirmationCodes();
        process.ErrorDataReceived += (_, e) =>
        {
            codes.Read(e.Data);
            lock (errors) { errors.AppendLine(e.Data); }
        };
        process.BeginErrorReadLine();

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(240));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("READY ", StringComparison.Ordinal))
            {
                var urls = JsonSerializer.Deserialize<Dictionary<string, string>>(line["READY ".Length..])!;
                return new LocalAwsEmulators(new Endpoints(urls["dynamodb"], urls["s3"], urls["cognito"], urls["ses"]), process, codes);
            }
        }
        lock (errors)
        {
            throw new InvalidOperationException($"The local AWS emulators did not start:\n{errors}");
        }
    }

    private static string Port() => FreePorts.Next().ToString(CultureInfo.InvariantCulture);

    public async ValueTask DisposeAsync()
    {
        if (_process is null)
        {
            return;
        }
        // Closing stdin tells start.mjs to stop its emulators.
        _process.StandardInput.Close();
        if (!_process.WaitForExit(TimeSpan.FromSeconds(10)))
        {
            _process.Kill(entireProcessTree: true);
        }
        await Task.CompletedTask;
        _process.Dispose();
    }
}
