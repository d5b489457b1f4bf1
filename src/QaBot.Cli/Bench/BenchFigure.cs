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

    /// <summary>Load average (1 min) when the figure was taken.</summary>
    public double? Load { get; init; }

    public double? Ratio => Baseline is not { } b || b == 0 || Value == 0 ? null : HigherIsBetter ? Value / b : b / Value;
}
