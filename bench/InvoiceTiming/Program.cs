using System.Diagnostics;
using System.Globalization;
using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.Invoices;
using CloudRetail.Testing;
using Microsoft.Extensions.DependencyInjection;

// How long one invoice takes to issue after its payment commits: the number (one batch read, one
// transaction), the PDF, its upload to S3 and the record that it is stored. Through the module's
// own contract on the test host, against the local emulators; sequential, after a warm-up.
// The in-process host finds the API's content root through the manifest beside this program.
Directory.SetCurrentDirectory(AppContext.BaseDirectory);
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 50;
var lineCount = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
const int WarmUp = 5;

await using var emulators = await LocalAwsEmulators.StartAsync();
await using var host = ShopApiFactory.Start(emulators.Urls);
var invoices = host.Services.GetRequiredService<IInvoices>();
var transactions = host.Services.GetRequiredService<Transactions>();

var lines = Enumerable.Range(1, lineCount).Select(i => new InvoiceLine($"Product number {i}", i, 9.99m, 0m, i * 9.99m)).ToList();
var subtotal = lines.Sum(l => l.Amount);
var timings = new List<double>();
for (var i = 0; i < WarmUp + count; i++)
{
    var orderId = $"O-{Guid.NewGuid():D}";
    var due = transactions.BeginWrite();
    invoices.RecordDue(due, new InvoiceDraft(orderId, "timing-user", DateTimeOffset.UtcNow, "USD", new InvoiceParty("timing@example.com", []), null,
        lines, subtotal, 0m, 0m, [], false, subtotal));
    await due.CommitAsync(CancellationToken.None);

    var started = Stopwatch.GetTimestamp();
    var receipt = await invoices.IssueAsync(orderId, CancellationToken.None);
    var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    if (!receipt.Issued)
    {
        throw new InvalidOperationException($"Invoice of {orderId} not issued: {receipt.Error}");
    }
    if (i >= WarmUp)
    {
        timings.Add(elapsed);
    }
}

timings.Sort();
double Percentile(double p) => timings[(int)Math.Ceiling(p * timings.Count) - 1];
Console.WriteLine($"{count} invoices of {lineCount} lines, issued one after another after {WarmUp} warm-up: " +
    $"median {Percentile(0.5):0.0} ms, p95 {Percentile(0.95):0.0} ms, mean {timings.Average():0.0} ms, range {timings.Min():0.0}..{timings.Max():0.0} ms");
