using System.Globalization;

namespace QaBot.Core.Evaluation;

/// <summary>
/// A CI gate from <c>--fail-under metric=value</c>: the run fails when the metric is below the value or was not
/// measured. Only metrics where higher is better can be gated; rates take 0..1 or a percentage ("0.9", "90%"),
/// judge scores 1..5.
/// </summary>
public sealed record FailUnderRule(MetricInfo Metric, double Threshold)
{
    /// <summary>The metric names <c>--fail-under</c> accepts.</summary>
    public static IReadOnlyList<string> ValidNames => EvalSummary.Catalog.Where(m => m.HigherIsBetter).Select(m => m.Name).ToList();

    /// <summary>Parses <c>metric=value</c>; throws <see cref="FormatException"/> with a message listing the valid names.</summary>
    public static FailUnderRule Parse(string text)
    {
        var parts = text.Split('=', 2, StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
        {
            throw new FormatException($"--fail-under expects metric=value, e.g. hitAtK=0.9, not \"{text}\"; metrics: {string.Join(", ", ValidNames)}");
        }

        var metric = EvalSummary.Catalog.FirstOrDefault(m => m.HigherIsBetter && string.Equals(m.Name, parts[0], StringComparison.OrdinalIgnoreCase))
            ?? throw new FormatException($"--fail-under: unknown metric \"{parts[0]}\"; valid metrics: {string.Join(", ", ValidNames)}");
        var raw = parts[1];
        var percent = raw.EndsWith('%');
        if (!double.TryParse(percent ? raw[..^1] : raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            throw new FormatException($"--fail-under {metric.Name}: \"{raw}\" is not a number");
        }

        value = percent ? value / 100 : value;
        var (min, max) = metric.Kind == MetricKind.JudgeScale ? (1.0, 5.0) : (0.0, 1.0);
        return value < min || value > max
            ? throw new FormatException($"--fail-under {metric.Name}: {raw} is outside {min}..{max}{(max == 1 ? " (use a fraction such as 0.9, or 90%)" : "")}")
            : new FailUnderRule(metric, value);
    }

    /// <summary>Null when <paramref name="summary"/> meets the rule; otherwise why not.</summary>
    public string? Check(EvalSummary summary) => summary.Get(Metric.Name) switch
    {
        null => $"{Metric.Name} was not measured in this run (needed ≥ {Show(Threshold)})",
        { } v when v < Threshold => $"{Metric.Name} = {Show(v)} is below {Show(Threshold)}",
        _ => null,
    };

    private string Show(double value) => ReportFormat.Value(Metric, value);
}
