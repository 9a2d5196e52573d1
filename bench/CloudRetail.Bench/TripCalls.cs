namespace CloudRetail.Bench;

/// <summary>The AWS calls of a few trips of one shopper, one trip at a time, by step ("add to cart",
/// "checkout", "pay"), as counted by <see cref="AwsCalls"/> between the API and the emulators.</summary>
internal sealed class TripCalls
{
    private readonly Dictionary<string, Dictionary<string, double>> _steps = [];
    private double _requestMs;
    private readonly int _trips;

    private TripCalls(int trips) => _trips = trips;

    public static async Task<TripCalls> CountAsync(AwsCalls counter, HttpClient client, Shopper shopper, int lines, int trips)
    {
        var counted = new TripCalls(trips);
        counter.Take();
        string? current = null;
        Task StepAsync(string next)
        {
            if (current is not null)
            {
                counted.Add(current, counter.Take());
            }
            current = next;
            return Task.CompletedTask;
        }
        for (var i = 0; i < trips; i++)
        {
            var trip = await Trips.TripAsync(client, shopper, lines, StepAsync);
            await StepAsync("add to cart");
            counted._requestMs += trip?.RequestMs ?? throw new InvalidOperationException("A counted trip failed");
        }
        return counted;
    }

    public double DynamoDbPerTrip => All.Where(IsDynamoDb).Sum(c => c.Value) / _trips;
    public double OtherAwsPerTrip => All.Where(IsOtherAws).Sum(c => c.Value) / _trips;

    /// <summary>DynamoDB's consumed read and write capacity units per trip (ReturnConsumedCapacity TOTAL).</summary>
    public double ReadUnitsPerTrip => All.Where(c => c.Key == ReadUnits).Sum(c => c.Value) / _trips;
    public double WriteUnitsPerTrip => All.Where(c => c.Key == WriteUnits).Sum(c => c.Value) / _trips;

    /// <summary>SES sends per trip (one trip places one order).</summary>
    public double EmailsPerTrip => All.Where(c => c.Key.StartsWith("ses ", StringComparison.Ordinal)).Sum(c => c.Value) / _trips;

    /// <summary>The trip's K + 2 requests' time, each rounded up to the millisecond: what one Lambda
    /// invocation per request would bill as duration on this machine.</summary>
    public double RequestMsPerTrip => _requestMs / _trips;

    /// <summary>A step's capacity units per trip, e.g. "1 / 2" (read / write).</summary>
    public string Capacity(string step)
    {
        var calls = _steps.GetValueOrDefault(step, []);
        return $"{Report.Num(calls.GetValueOrDefault(ReadUnits) / _trips, "0.#")} / {Report.Num(calls.GetValueOrDefault(WriteUnits) / _trips, "0.#")}";
    }

    /// <summary>A step's DynamoDB calls per trip, e.g. "4 (GetItem 3, PutItem 1)".</summary>
    public string DynamoDb(string step) => Describe(_steps.GetValueOrDefault(step, []).Where(IsDynamoDb));

    /// <summary>Every call per trip to Cognito and SES, e.g. "1 (CognitoApi GetUser 1)".</summary>
    public string OtherAws => Describe(All.Where(IsOtherAws));

    private const string ReadUnits = AwsCalls.ReadUnits;
    private const string WriteUnits = AwsCalls.WriteUnits;

    private IEnumerable<KeyValuePair<string, double>> All => _steps.Values.SelectMany(s => s);

    private static bool IsDynamoDb(KeyValuePair<string, double> call) => call.Key.StartsWith("dynamodb ", StringComparison.Ordinal);

    private static bool IsOtherAws(KeyValuePair<string, double> call) => !IsDynamoDb(call) && !call.Key.StartsWith("dynamodb-capacity ", StringComparison.Ordinal);

    private void Add(string step, Dictionary<string, double> calls)
    {
        var counts = _steps.TryGetValue(step, out var existing) ? existing : _steps[step] = [];
        foreach (var (call, count) in calls)
        {
            counts[call] = counts.GetValueOrDefault(call) + count;
        }
    }

    private string Describe(IEnumerable<KeyValuePair<string, double>> calls)
    {
        var list = calls.GroupBy(c => c.Key).Select(g => (Call: g.Key, PerTrip: g.Sum(c => c.Value) / _trips)).OrderBy(c => c.Call).ToList();
        return list.Count == 0 ? "0"
            : $"{Report.Num(list.Sum(c => c.PerTrip), "0.#")} ({string.Join(", ", list.Select(c => $"{c.Call.Replace("dynamodb ", "", StringComparison.Ordinal)} {Report.Num(c.PerTrip, "0.#")}"))})";
    }
}
