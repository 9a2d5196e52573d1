using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace CloudRetail.Bench;

/// <summary>The local AWS emulators, in memory on free ports, started by tools/local-aws/start.mjs
/// (as ./test.sh starts them) and stopped when the bench ends.</summary>
internal sealed class Emulators : IAsyncDisposable
{
    private readonly Process _process;

    private Emulators(Process process, IReadOnlyDictionary<string, string> urls)
    {
        _process = process;
        Urls = urls;
    }

    /// <summary>dynamodb, s3, cognito, ses.</summary>
    public IReadOnlyDictionary<string, string> Urls { get; }

    public static async Task<Emulators> StartAsync(string repositoryRoot)
    {
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(repositoryRoot, "tools", "local-aws", "start.mjs"));
        foreach (var argument in new[] { "--in-memory", "--exit-on-stdin-close", "--data-dir", Directory.CreateTempSubdirectory("cloudretail-bench-").FullName })
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var emulator in new[] { "dynamodb", "s3", "cognito", "ses" })
        {
            start.ArgumentList.Add($"--{emulator}-port");
            start.ArgumentList.Add(FreePort().ToString());
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node");
        var log = new OutputTail();
        process.ErrorDataReceived += (_, e) => log.Add(e.Data);
        process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(240));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("READY ", StringComparison.Ordinal))
            {
                return new Emulators(process, JsonSerializer.Deserialize<Dictionary<string, string>>(line["READY ".Length..])!);
            }
        }
        throw new InvalidOperationException($"The emulators did not start:\n{log}");
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        // Closing stdin tells start.mjs to stop every emulator it started.
        _process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
        }
        _process.Dispose();
    }
}

/// <summary>The last lines a child process printed, for the error message when it fails.</summary>
internal sealed class OutputTail
{
    private readonly Queue<string> _lines = new();

    public void Add(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_lines)
        {
            _lines.Enqueue(line);
            if (_lines.Count > 40)
            {
                _lines.Dequeue();
            }
        }
    }

    public override string ToString()
    {
        lock (_lines)
        {
            return string.Join('\n', _lines);
        }
    }
}
