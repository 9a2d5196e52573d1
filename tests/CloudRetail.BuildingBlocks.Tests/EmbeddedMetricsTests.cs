using System.Diagnostics.Metrics;
using System.Text.Json;
using CloudRetail.BuildingBlocks.Observability;
using Microsoft.Extensions.Time.Testing;

namespace CloudRetail.BuildingBlocks.Tests;

/// <summary>The shop's counters as CloudWatch Embedded Metric Format lines, under the names the
/// stack's alarms read (ShopMetricNames).</summary>
public sealed class EmbeddedMetricsTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 2, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_line_declares_the_metric_in_the_namespace_under_the_total_each_tag_and_all_tags()
    {
        var line = EmbeddedMetrics.Line("CloudRetail/prod", ShopMetricNames.Emails, "Count", 1,
            [new("type", "ORDER_CONFIRMATION"), new(ShopMetricNames.Outcome, ShopMetricNames.Failed)], At);

        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        var declared = root.GetProperty("_aws").GetProperty("CloudWatchMetrics")[0];
        Assert.Equal(At.ToUnixTimeMilliseconds(), root.GetProperty("_aws").GetProperty("Timestamp").GetInt64());
        Assert.Equal("CloudRetail/prod", declared.GetProperty("Namespace").GetString());
        Assert.Equal(
            ["", "outcome", "type", "outcome,type"],
            declared.GetProperty("Dimensions").EnumerateArray().Select(set => string.Join(',', set.EnumerateArray().Select(d => d.GetString()))));
        Assert.Equal(ShopMetricNames.Emails, declared.GetProperty("Metrics")[0].GetProperty("Name").GetString());
        Assert.Equal("Count", declared.GetProperty("Metrics")[0].GetProperty("Unit").GetString());
        Assert.Equal("failed", root.GetProperty("outcome").GetString());
        Assert.Equal("ORDER_CONFIRMATION", root.GetProperty("type").GetString());
        Assert.Equal(1, root.GetProperty(ShopMetricNames.Emails).GetDouble());
        Assert.DoesNotContain('\n', line);
    }

    [Fact]
    public void The_shops_counters_are_written_as_they_happen_and_other_meters_are_not()
    {
        var output = new StringWriter();
        using var metrics = new EmbeddedMetrics("CloudRetail/test", output, new FakeTimeProvider(At));
        using var foreign = new Meter("Someone.Else");
        foreign.CreateCounter<long>("someone.requests").Add(1);

        ShopMetrics.OrderPlaced(12.50m, "EUR");
        ShopMetrics.SweepLeftUnsettled(2);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        // Other tests in this process may count too; these are the lines with this test's values.
        Assert.DoesNotContain(lines, l => l.TryGetProperty("someone.requests", out _));
        Assert.Contains(lines, l => l.TryGetProperty(ShopMetricNames.Revenue, out var v) && v.GetDouble() == 12.5 && l.GetProperty("currency").GetString() == "EUR");
        Assert.Contains(lines, l => l.TryGetProperty(ShopMetricNames.OrdersPlaced, out var v) && v.GetDouble() == 1);
        Assert.Contains(lines, l => l.TryGetProperty(ShopMetricNames.SweepUnsettled, out var v) && v.GetDouble() == 2);
    }

    [Fact]
    public void The_checkout_counter_carries_outcome_and_status()
    {
        var output = new StringWriter();
        using var metrics = new EmbeddedMetrics("CloudRetail/test", output, new FakeTimeProvider(At));

        ShopMetrics.Checkouts.Record(409, TimeSpan.FromMilliseconds(20));

        var line = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .First(l => l.TryGetProperty(ShopMetricNames.Checkouts, out _) && l.GetProperty("status").GetString() == "409");
        Assert.Equal(ShopMetricNames.Refused, line.GetProperty(ShopMetricNames.Outcome).GetString());
    }
}
