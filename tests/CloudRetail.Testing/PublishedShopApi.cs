using System.Diagnostics;
using System.Text;

namespace CloudRetail.Testing;

/// <summary>
/// The shipped build under test: the published Native AOT executable named by
/// <see cref="Variable"/>, started as its own process with the same settings the in-process host
/// gets (as environment variables, the way Lambda and the container configure it). ./test.sh
/// publishes it once and runs the tests that carry <see cref="ShippedBinary"/>'s trait against it,
/// so a feature that works only with reflection or the JIT fails CI.
/// </summary>
public sealed class PublishedShopApi : IShopHost
{
    public const string Variable = "SHOP_API_BINARY";

    private readonly Process _process;
    private readonly StringBuilder _output;

    private PublishedShopApi(Process process, StringBuilder output, Uri baseAddress)
    {
        _process = process;
        _output = output;
        BaseAddress = baseAddress;
    }

    /// <summary>The executable this run tests, or null for the in-process JIT host.</summary>
    public static string? Binary => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } path ? Path.GetFullPath(path) : null;

    public Uri BaseAddress { get; }

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress };

    public static async Task<PublishedShopApi> StartAsync(string binary, IReadOnlyDictionary<string, string?> settings)
    {
        var baseAddress = new Uri($"http://127.0.0.1:{FreePorts.Next()}");
        var start = new ProcessStartInfo(binary)
        {
            WorkingDirectory = Path.GetDirectoryName(binary)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["ASPNETCORE_URLS"] = baseAddress.ToString();
        start.Environment.Remove("PORT");
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {binary}");
        var output = new StringBuilder();
        void Keep(object? sender, DataReceivedEventArgs e)
        {
            lock (output) { output.AppendLine(e.Data); }
        }
        process.OutputDataReceived += Keep;
        process.ErrorDataReceived += Keep;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var api = new PublishedShopApi(process, output, baseAddress);
        await api.WaitUntilReadyAsync(TimeSpan.FromSeconds(60));
        return api;
    }

    /// <summary>What the process wrote so far (its JSON log lines), for a failure message.</summary>
    public string Output()
    {
        lock (_output) { return _output.ToString(); }
    }

    private async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        using var http = CreateClient();
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The published API exited with {_process.ExitCode}:\n{Output()}");
            }
            try
            {
                using var health = await http.GetAsync(new Uri("/api/health", UriKind.Relative));
                if (health.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"The published API did not answer /api/health within {timeout.TotalSeconds} s:\n{Output()}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}

/// <summary>The trait of the tests ./test.sh also runs against the published binary: they speak
/// only HTTP (and the emulators). A test in such a class that needs the in-process host's services
/// carries <see cref="InProcessOnly"/> as well.</summary>
public static class ShippedBinary
{
    public const string Category = "Category";
    public const string Runs = "ShippedBinary";
    public const string Host = "Host";
    public const string InProcessOnly = "InProcess";
}
