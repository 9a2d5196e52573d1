using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CloudRetail.Api.Tests.Faults;

public enum Fault
{
    /// <summary>Nothing listens: connections are refused.</summary>
    Refuse,
    /// <summary>Connections are accepted and reset at once.</summary>
    Reset,
    /// <summary>Connections are accepted and nothing ever comes back.</summary>
    Drop,
    /// <summary>Every request reaches the emulator, late.</summary>
    Delay,
}

/// <summary>
/// A TCP proxy on loopback between the API and one emulator, that a test can break and heal while the
/// API runs. Breaking it also cuts the connections already open, so the API's connection pool cannot
/// keep talking to the emulator behind the test's back.
/// </summary>
public sealed class FaultProxy : IAsyncDisposable
{
    private readonly IPEndPoint _target;
    private readonly ConcurrentDictionary<TcpClient, byte> _open = new();
    private readonly CancellationTokenSource _stopped = new();
    private TcpListener _listener;
    private Fault? _fault;
    private TimeSpan _delay;
    private (byte[] Marker, Fault Then, bool Forward)? _trap;

    public FaultProxy(string targetUrl)
    {
        var target = new Uri(targetUrl);
        _target = new IPEndPoint(IPAddress.Loopback, target.Port);
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        Url = $"http://127.0.0.1:{Port}";
        _ = AcceptAsync(_listener);
    }

    public int Port { get; }

    public string Url { get; }

    /// <summary>How many requests the trap caught (see <see cref="BreakWhenSent"/>).</summary>
    public int Trapped { get; private set; }

    public void Break(Fault fault, TimeSpan? delay = null)
    {
        _delay = delay ?? TimeSpan.FromSeconds(2);
        _fault = fault;
        CutOpenConnections();
        if (fault == Fault.Refuse)
        {
            _listener.Stop();
        }
    }

    /// <summary>Passes traffic until a request containing <paramref name="marker"/> is sent, then breaks
    /// with <paramref name="then"/>. With <paramref name="forward"/> that request reaches the emulator
    /// first and only its answer is lost.</summary>
    public void BreakWhenSent(string marker, Fault then, bool forward) =>
        _trap = (Encoding.UTF8.GetBytes(marker), then, forward);

    public void Heal()
    {
        _trap = null;
        var wasRefusing = _fault == Fault.Refuse;
        _fault = null;
        CutOpenConnections();
        if (wasRefusing)
        {
            _listener = new TcpListener(IPAddress.Loopback, Port);
            _listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            _listener.Start();
            _ = AcceptAsync(_listener);
        }
    }

    private async Task AcceptAsync(TcpListener listener)
    {
        while (!_stopped.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(_stopped.Token);
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException or OperationCanceledException or InvalidOperationException)
            {
                return;
            }
            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        _open[client] = 0;
        try
        {
            switch (_fault)
            {
                case Fault.Reset:
                    return;
                case Fault.Drop:
                    await DrainAsync(client);
                    return;
            }
            using var upstream = new TcpClient();
            await upstream.ConnectAsync(_target, _stopped.Token);
            _open[upstream] = 0;
            try
            {
                var up = PumpAsync(client, upstream, toEmulator: true);
                var down = PumpAsync(upstream, client, toEmulator: false);
                await Task.WhenAny(up, down);
            }
            finally
            {
                _open.TryRemove(upstream, out _);
            }
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
        {
        }
        finally
        {
            _open.TryRemove(client, out _);
            Cut(client);
        }
    }

    private async Task PumpAsync(TcpClient from, TcpClient to, bool toEmulator)
    {
        var buffer = new byte[16 * 1024];
        var source = from.GetStream();
        var sink = to.GetStream();
        int read;
        while ((read = await source.ReadAsync(buffer, _stopped.Token)) > 0)
        {
            if (toEmulator && _trap is { } trap && buffer.AsSpan(0, read).IndexOf(trap.Marker) >= 0)
            {
                _trap = null;
                Trapped++;
                // Broken before the request is passed on, so its answer is lost too.
                _fault = trap.Then;
                if (trap.Forward)
                {
                    await sink.WriteAsync(buffer.AsMemory(0, read), _stopped.Token);
                    await Task.Delay(TimeSpan.FromMilliseconds(300), _stopped.Token);
                }
                Break(trap.Then);
                return;
            }
            if (_fault == Fault.Delay && toEmulator)
            {
                await Task.Delay(_delay, _stopped.Token);
            }
            else if (_fault is not null and not Fault.Delay)
            {
                return;
            }
            await sink.WriteAsync(buffer.AsMemory(0, read), _stopped.Token);
        }
    }

    private async Task DrainAsync(TcpClient client)
    {
        var buffer = new byte[4096];
        while (_fault == Fault.Drop && await client.GetStream().ReadAsync(buffer, _stopped.Token) > 0)
        {
        }
    }

    private void CutOpenConnections()
    {
        foreach (var connection in _open.Keys)
        {
            Cut(connection);
        }
    }

    /// <summary>Closes with a TCP reset, as a crashed peer or a middlebox would.</summary>
    private static void Cut(TcpClient connection)
    {
        try
        {
            if (connection.Client is { Connected: true } socket)
            {
                socket.LingerState = new LingerOption(true, 0);
            }
            connection.Close();
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopped.CancelAsync();
        _listener.Stop();
        CutOpenConnections();
        _stopped.Dispose();
    }
}
