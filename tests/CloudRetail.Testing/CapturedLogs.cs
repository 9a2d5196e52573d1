using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.Logging;

namespace CloudRetail.Testing;

/// <summary>What the API logged: <see cref="Entries"/> the warnings and errors an operator would be
/// told of; <see cref="Lines"/> every line the host's levels let through, with its scopes (request
/// id, trace id) and exception, as a log shipper would see them.</summary>
public sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<LogLine> _lines = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public IReadOnlyList<(LogLevel Level, string Category, string Message)> Entries =>
        [.. _lines.Where(l => l.Level >= LogLevel.Warning).Select(l => (l.Level, l.Category, l.Message))];

    public IReadOnlyList<LogLine> Lines => [.. _lines];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, this);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    /// <summary>One log line: <see cref="Properties"/> holds the message's and the scopes' named values,
    /// <see cref="Text"/> all of it as text, exception included.</summary>
    public sealed record LogLine(LogLevel Level, string Category, string Message, IReadOnlyDictionary<string, string?> Properties, string Text);

    private sealed class Logger(string category, CapturedLogs logs) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => logs._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var message = formatter(state, exception);
            var properties = new Dictionary<string, string?>();
            var text = new StringBuilder(message);
            Collect(state, properties, text);
            logs._scopes.ForEachScope((scope, _) => Collect(scope, properties, text), (object?)null);
            text.Append(' ').Append(exception);
            logs._lines.Enqueue(new LogLine(logLevel, category, message, properties, text.ToString()));
        }

        private static void Collect(object? state, Dictionary<string, string?> properties, StringBuilder text)
        {
            if (state is IEnumerable<KeyValuePair<string, object?>> values)
            {
                foreach (var (key, value) in values)
                {
                    properties[key] = value?.ToString();
                    text.Append(' ').Append(key).Append('=').Append(value);
                }
            }
            else
            {
                text.Append(' ').Append(state);
            }
        }
    }
}
