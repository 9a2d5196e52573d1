namespace CloudRetail.Bench;

/// <summary>The AWS calls of a few trips of one shopper, one trip at a time, by step ("add to cart",
/// "checkout", "pay"), as counted by <see cref="AwsCalls"/> between the API and the emulators.</summary>
internal sealed class TripCalls
{
    private readonly Dictionary<string, Dictionary<string, int>> _steps = [];
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
            await Trips.TripAsync(client, shopper, lines, StepAsync);
            await StepAsync("add to cart");
        }
        return counted;
    }

    public double DynamoDbPerTrip => All.Where(IsDynamoDb).Sum(c => c.Value) / (double)_trips;
    public double OtherAwsPerTrip => All.Where(c => !IsDynamoDb(c)).Sum(c => c.Value) / (double)_trips;

    /// <summary>A step's DynamoDB calls per trip, e.g. "4 (GetItem 3, PutItem 1)".</summary>
    public string DynamoDb(string step) => Describe(_steps.GetValueOrDefault(step, []).Where(IsDynamoDb));

    /// <summary>Every call per trip to Cognito and SES, e.g. "1 (CognitoApi GetUser 1)".</summary>
    public string OtherAws => Describe(All.Where(c => !IsDynamoDb(c)));

    private IEnumerable<KeyValuePair<string, int>> All => _steps.Values.SelectMany(s => s);

    private static bool IsDynamoDb(KeyValuePair<string, int> call) => call.Key.StartsWith("dynamodb ", StringComparison.Ordinal);

    private void Add(string step, Dictionary<string, int> calls)
    {
        var counts = _steps.TryGetValue(step, out var existing) ? existing : _steps[step] = [];
        foreach (var (call, count) in calls)
        {
            counts[call] = counts.GetValueOrDefault(call) + count;
        }
    }

    private string Describe(IEnumerable<KeyValuePair<string, int>> calls)
    {
        var list = calls.GroupBy(c => c.Key).Select(g => (Call: g.Key, PerTrip: g.Sum(c => c.Value) / (double)_trips)).OrderBy(c => c.Call).ToList();
        return list.Count == 0 ? "0"
            : $"{Report.Num(list.Sum(c => c.PerTrip), "0.#")} ({string.Join(", ", list.Select(c => $"{c.Call.Replace("dynamodb ", "", StringComparison.Ordinal)} {Report.Num(c.PerTrip, "0.#")}"))})";
    }
}
