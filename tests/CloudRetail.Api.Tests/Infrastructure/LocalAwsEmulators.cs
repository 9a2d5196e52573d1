using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace CloudRetail.Api.Tests.Infrastructure;

/// <summary>
/// The real emulators, started once per test run by tools/local-aws/start.mjs on free ports, in
/// memory. Set LocalAws__DynamoDbUrl (and the S3, Cognito, SES ones) to use emulators that already run.
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

        var dataDir = Directory.CreateTempSubdirectory("cloudretail-tests-").FullName;
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            Path.Combine(RepositoryRoot(), "tools", "local-aws", "start.mjs"), "--in-memory", "--exit-on-stdin-close",
            "--data-dir", dataDir,
            "--dynamodb-port", FreePort(), "--s3-port", FreePort(), "--cognito-port", FreePort(), "--ses-port", FreePort(),
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

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CloudRetail.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("CloudRetail.sln not found above the test binaries");
    }

    public static string FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

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
