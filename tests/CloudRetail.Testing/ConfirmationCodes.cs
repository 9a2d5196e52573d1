using System.Text.RegularExpressions;

namespace CloudRetail.Testing;

/// <summary>
/// The codes cognito-local "e-mails": it prints each in a box on its output (Destination, then Code),
/// which start.mjs forwards to its stderr with a [cognito] prefix. Tests read them as a developer
/// reads .local/emulators.log.
/// </summary>
public sealed partial class ConfirmationCodes
{
    private readonly List<(string Email, string Code)> _sent = [];
    private string? _destination;
    private int _linesRead;

    public void Read(string? line)
    {
        if (line is null || !line.StartsWith("[cognito]", StringComparison.Ordinal))
        {
            return;
        }
        var text = Ansi().Replace(line, "");
        lock (_sent)
        {
            _linesRead++;
            if (Destination().Match(text) is { Success: true } destination)
            {
                _destination = destination.Groups[1].Value;
            }
            else if (Code().Match(text) is { Success: true } code && _destination is not null)
            {
                _sent.Add((_destination, code.Groups[1].Value));
                _destination = null;
            }
        }
    }

    public int CountFor(string email)
    {
        lock (_sent)
        {
            return _sent.Count(s => s.Email == email);
        }
    }

    /// <summary>The <paramref name="nth"/> code sent to <paramref name="email"/> (1 = the sign-up code),
    /// waiting a little for it: the box is printed while the API's answer is on its way.</summary>
    public async Task<string> WaitForAsync(string email, int nth = 1)
    {
        for (var waited = TimeSpan.Zero; waited < TimeSpan.FromSeconds(10); waited += TimeSpan.FromMilliseconds(20))
        {
            lock (_sent)
            {
                var codes = _sent.Where(s => s.Email == email).Select(s => s.Code).ToList();
                if (codes.Count >= nth)
                {
                    return codes[nth - 1];
                }
            }
            await Task.Delay(20);
        }
        lock (_sent)
        {
            throw new TimeoutException($"cognito-local printed no code #{nth} for {email} ({_linesRead} lines read, {_sent.Count} codes: {string.Join(", ", _sent.TakeLast(3))})");
        }
    }

    [GeneratedRegex(@"\x1b\[[0-9;]*m")]
    private static partial Regex Ansi();

    [GeneratedRegex(@"Destination:\s+(\S+)")]
    private static partial Regex Destination();

    [GeneratedRegex(@"Code:\s+(\S+)")]
    private static partial Regex Code();
}
