using System.Diagnostics;
using System.Net.Sockets;
using CloudRetail.Testing;

namespace CloudRetail.Bench;

/// <summary>One build of an app under test: a publish or build folder and its entry assembly.</summary>
internal sealed record AppBuild(string Label, string Directory, string Assembly)
{
    /// <summary>Native AOT and self-contained builds start as their own executable, as the
    /// Dockerfile's ENTRYPOINT does; framework-dependent ones through `dotnet app.dll`.</summary>
    public ProcessStartInfo StartInfo()
    {
        var selfContained = File.Exists(Path.Combine(Directory, "libcoreclr.so")) || !File.Exists(Path.Combine(Directory, Assembly + ".dll"));
        var start = selfContained
            ? new ProcessStartInfo(Path.Combine(Directory, Assembly))
            : new ProcessStartInfo("dotnet") { ArgumentList = { Path.Combine(Directory, Assembly + ".dll") } };
        start.WorkingDirectory = Directory;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.RedirectStandardInput = true;
        return start;
    }
}

/// <summary>A running app under test on a loopback port. Its output is kept only for error messages.</summary>
internal sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly OutputTail _output = new();

    private AppProcess(AppBuild build, Process process, int port, long startTimestamp)
    {
        Build = build;
        _process = process;
        Port = port;
        StartTimestamp = startTimestamp;
    }

    public AppBuild Build { get; }
    public int Port { get; }
    public string Url => $"http://127.0.0.1:{Port}";
    public int Pid => _process.Id;

    /// <summary><see cref="Stopwatch.GetTimestamp"/> just before the process was started.</summary>
    public long StartTimestamp { get; }

    public static AppProcess Start(AppBuild build, IReadOnlyDictionary<string, string> environment)
    {
        var port = FreePorts.Next();
        var start = build.StartInfo();
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        var timestamp = Stopwatch.GetTimestamp();
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {build.Label}");
        var app = new AppProcess(build, process, port, timestamp);
        process.OutputDataReceived += (_, e) => app._output.Add(e.Data);
        process.ErrorDataReceived += (_, e) => app._output.Add(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return app;
    }

    /// <summary>Returns the time from process start to the first accepted TCP connection, and to the
    /// first 200 from <paramref name="path"/> (asked for as soon as the port accepts).</summary>
    public async Task<(TimeSpan Listening, TimeSpan FirstOk)> WaitForOkAsync(string path, TimeSpan timeout)
    {
        var listening = await WaitForPortAsync(timeout);
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { Timeout = timeout };
        using var response = await http.GetAsync(Url + path);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{Build.Label} answered {(int)response.StatusCode} on {path}:\n{_output}");
        }
        return (listening, Stopwatch.GetElapsedTime(StartTimestamp));
    }

    private async Task<TimeSpan> WaitForPortAsync(TimeSpan timeout)
    {
        while (Stopwatch.GetElapsedTime(StartTimestamp) < timeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{Build.Label} exited with {_process.ExitCode}:\n{_output}");
            }
            using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                await socket.ConnectAsync(System.Net.IPAddress.Loopback, Port);
                return Stopwatch.GetElapsedTime(StartTimestamp);
            }
            catch (SocketException)
            {
                await Task.Delay(2);
            }
        }
        throw new TimeoutException($"{Build.Label} did not listen within {timeout}:\n{_output}");
    }

    /// <summary>Peak resident set size so far (VmHWM), in MiB.</summary>
    public double PeakRssMiB()
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0]) / 1024.0;
    }

    /// <summary>The CPU time, user and system, the process has used so far.</summary>
    public TimeSpan CpuTime()
    {
        _process.Refresh();
        return _process.TotalProcessorTime;
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
