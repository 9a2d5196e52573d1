using System.Globalization;
using System.Text;

namespace CloudRetail.Bench;

/// <summary>The printed result: markdown tables, each figure beside its reference from the same run.</summary>
internal sealed class Report
{
    private readonly StringBuilder _text = new();

    public void Line(string line = "")
    {
        _text.AppendLine(line);
        Console.WriteLine(line);
    }

    public void Table(string[] header, IEnumerable<string[]> rows)
    {
        Line("| " + string.Join(" | ", header) + " |");
        Line("|" + string.Concat(header.Select(_ => "---|")));
        foreach (var row in rows)
        {
            Line("| " + string.Join(" | ", row) + " |");
        }
        Line();
    }

    public override string ToString() => _text.ToString();

    public static string Ms(double ms) => ms.ToString(ms < 10 ? "0.00" : "0.0", CultureInfo.InvariantCulture) + " ms";
    public static string Num(double value, string format = "0") => value.ToString(format, CultureInfo.InvariantCulture);
    public static string Ratio(double value, double reference) => reference > 0 ? (value / reference).ToString("0.00", CultureInfo.InvariantCulture) + "×" : "–";

    public static double Median(IEnumerable<double> values) => Percentile(values, 50);

    /// <summary>Nearest-rank percentile.</summary>
    public static double Percentile(IEnumerable<double> values, double percentile)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
        {
            return double.NaN;
        }
        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }

    private static int _failures;

    /// <summary>How many requests of the run failed; any makes the bench exit non-zero, so the smoke in
    /// ./test.sh catches a broken shopping trip instead of measuring around it.</summary>
    public static int Failures => Volatile.Read(ref _failures);

    /// <summary>Prints the first few failed requests of a run (to stderr), so a broken bench says why.</summary>
    public static async Task FailureAsync(string step, HttpResponseMessage response)
    {
        if (Interlocked.Increment(ref _failures) <= 5)
        {
            await Console.Error.WriteLineAsync($"{step} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }
}
