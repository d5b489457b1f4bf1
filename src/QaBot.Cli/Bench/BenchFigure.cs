namespace QaBot.Cli.Bench;

/// <summary>
/// One measured figure beside the simple baseline measured in the same run. <see cref="Ratio"/> is always "how many
/// times better than the baseline" (baseline/value for costs such as milliseconds, value/baseline for rates).
/// </summary>
internal sealed record BenchFigure(
    string Scenario,
    string Metric,
    double Value,
    string Unit,
    double? Baseline = null,
    string? BaselineName = null,
    string? Target = null,
    bool? Met = null,
    string? Note = null)
{
    /// <summary>True when a larger value is better (throughput, recall), false for costs (time, bytes).</summary>
    public bool HigherIsBetter { get; init; }

    /// <summary>For latencies (<see cref="Value"/> is then the p50): the 95th and 99th percentiles.</summary>
    public double? P95 { get; init; }

    /// <summary>See <see cref="P95"/>.</summary>
    public double? P99 { get; init; }

    /// <summary>Load average (1 min) when the figure was taken.</summary>
    public double? Load { get; init; }

    /// <summary>A latency figure: p50 as the value, p95/p99 beside it, the baseline's p50 as the baseline.</summary>
    public static BenchFigure Latency(string scenario, LatencyStats stats, LatencyStats? baseline, string? baselineName, string? target = null, bool? met = null) =>
        new(scenario, "latency p50", stats.P50, "ms", baseline?.P50, baselineName, target, met) { P95 = stats.P95, P99 = stats.P99 };

    public double? Ratio => Baseline is not { } b || b == 0 || Value == 0 ? null : HigherIsBetter ? Value / b : b / Value;
}
