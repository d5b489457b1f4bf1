using System.Globalization;

namespace QaBot.Core.Evaluation;

/// <summary>How every report (terminal, Markdown, HTML) prints metric values and deltas, so they read the same everywhere.</summary>
public static class ReportFormat
{
    /// <summary>"92.5%", "12 ms", "4.2/5", or "—" when not measured.</summary>
    public static string Value(MetricInfo metric, double? value) => value is not { } v ? "—" : metric.Kind switch
    {
        MetricKind.Fraction or MetricKind.LowerFraction => Percent(v),
        MetricKind.Milliseconds => Ms(v),
        _ => v.ToString("0.0", CultureInfo.InvariantCulture) + "/5",
    };

    /// <summary>"+2.5 pp", "−12 ms", "+0.3" or "" when either side is missing.</summary>
    public static string Delta(MetricDelta delta) => delta.Delta is not { } d ? "" : delta.Metric.Kind switch
    {
        MetricKind.Fraction or MetricKind.LowerFraction => Signed(d * 100, "0.0") + " pp",
        MetricKind.Milliseconds => Signed(d, "0") + " ms",
        _ => Signed(d, "0.0"),
    };

    /// <summary>0.925 → "92.5%".</summary>
    public static string Percent(double fraction) => (fraction * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    /// <summary>Milliseconds with one decimal below 10 ms.</summary>
    public static string Ms(double ms) => ms.ToString(ms < 10 ? "0.0" : "0", CultureInfo.InvariantCulture) + " ms";

    /// <summary>A value rounded for JSON: 4 decimals.</summary>
    public static double? Round(double? value) => value is { } v ? Math.Round(v, 4) : null;

    // A change that rounds to zero prints without a sign, so float noise never reads as "−0.0".
    private static string Signed(double value, string format)
    {
        var text = Math.Abs(value).ToString(format, CultureInfo.InvariantCulture);
        return text.Trim('0', '.').Length == 0 ? text : (value > 0 ? "+" : "−") + text;
    }
}
