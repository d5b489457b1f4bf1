using System.Globalization;
using System.Net;
using System.Text;

namespace QaBot.Core.Evaluation;

/// <summary>Small inline SVG charts for the HTML report: horizontal bars, a latency histogram, a pass-rate ring. No scripts, no external files.</summary>
public static class SvgCharts
{
    /// <summary>One bar: label, value in 0..1 (null = not measured), optional baseline marker, display text.</summary>
    public sealed record Bar(string Label, double? Value, double? Baseline, string Text, bool LowerIsBetter = false);

    /// <summary>Horizontal bars on a 0–100 % scale, coloured by how good the value is, with a tick at the baseline.</summary>
    public static string Bars(IReadOnlyList<Bar> bars, int labelWidth = 170, int width = 640)
    {
        const int rowHeight = 26;
        var plot = width - labelWidth - 70;
        var svg = new StringBuilder();
        svg.Append(Inv($"<svg class=\"chart\" role=\"img\" viewBox=\"0 0 {width} {(bars.Count * rowHeight) + 22}\" width=\"{width}\" xmlns=\"http://www.w3.org/2000/svg\">"));
        foreach (var pct in new[] { 0, 25, 50, 75, 100 })
        {
            var x = labelWidth + (plot * pct / 100.0);
            svg.Append(Inv($"<line x1=\"{x:0.#}\" y1=\"0\" x2=\"{x:0.#}\" y2=\"{bars.Count * rowHeight}\" class=\"grid\"/>"));
            svg.Append(Inv($"<text x=\"{x:0.#}\" y=\"{(bars.Count * rowHeight) + 15}\" class=\"axis\" text-anchor=\"middle\">{pct}%</text>"));
        }

        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = i * rowHeight;
            svg.Append(Inv($"<text x=\"{labelWidth - 8}\" y=\"{y + 17}\" class=\"label\" text-anchor=\"end\">{E(bar.Label)}</text>"));
            svg.Append(Inv($"<rect x=\"{labelWidth}\" y=\"{y + 5}\" width=\"{plot}\" height=\"16\" rx=\"3\" class=\"track\"/>"));
            if (bar.Value is { } v)
            {
                var good = bar.LowerIsBetter ? 1 - v : v;
                svg.Append(Inv($"<rect x=\"{labelWidth}\" y=\"{y + 5}\" width=\"{Math.Max(1.5, plot * Math.Clamp(v, 0, 1)):0.#}\" height=\"16\" rx=\"3\" class=\"{Grade(good)}\"><title>{E(bar.Label)}: {E(bar.Text)}</title></rect>"));
            }

            if (bar.Baseline is { } b)
            {
                var bx = labelWidth + (plot * Math.Clamp(b, 0, 1));
                svg.Append(Inv($"<line x1=\"{bx:0.#}\" y1=\"{y + 2}\" x2=\"{bx:0.#}\" y2=\"{y + 24}\" class=\"baseline\"><title>baseline {b:P1}</title></line>"));
            }

            svg.Append(Inv($"<text x=\"{labelWidth + plot + 8}\" y=\"{y + 17}\" class=\"value\">{E(bar.Text)}</text>"));
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>A histogram of <paramref name="values"/> (ms) in about 12 bins, with dashed lines at p50 and p95.</summary>
    public static string Histogram(IReadOnlyList<double> values, double? p50, double? p95, int width = 640, int height = 200)
    {
        if (values.Count == 0)
        {
            return "<p class=\"muted\">No timings recorded.</p>";
        }

        const int left = 40, bottom = 34, top = 30;
        var max = Math.Max(values.Max(), 1e-3);
        var bins = Math.Clamp(values.Count / 3, 4, 12);
        var step = NiceStep(max / bins);
        bins = Math.Max(1, (int)Math.Ceiling(max / step));
        var counts = new int[bins];
        foreach (var v in values)
        {
            counts[Math.Min(bins - 1, (int)(v / step))]++;
        }

        var plotW = width - left - 10;
        var plotH = height - bottom - top;
        var barW = plotW / (double)bins;
        var tallest = Math.Max(1, counts.Max());
        var svg = new StringBuilder(Inv($"<svg class=\"chart\" role=\"img\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" xmlns=\"http://www.w3.org/2000/svg\">"));
        svg.Append(Inv($"<line x1=\"{left}\" y1=\"{top + plotH}\" x2=\"{width - 10}\" y2=\"{top + plotH}\" class=\"grid\"/>"));
        svg.Append(Inv($"<text x=\"{left - 6}\" y=\"{top + 8}\" class=\"axis\" text-anchor=\"end\">{tallest}</text>"));
        svg.Append(Inv($"<text x=\"{left - 6}\" y=\"{top + plotH}\" class=\"axis\" text-anchor=\"end\">0</text>"));
        for (var i = 0; i < bins; i++)
        {
            var h = plotH * counts[i] / (double)tallest;
            var x = left + (i * barW);
            svg.Append(Inv($"<rect x=\"{x + 1:0.#}\" y=\"{top + plotH - h:0.#}\" width=\"{barW - 2:0.#}\" height=\"{h:0.#}\" class=\"hist\"><title>{i * step:0.#}–{(i + 1) * step:0.#} ms: {counts[i]} question(s)</title></rect>"));
            if (i % Math.Max(1, bins / 6) == 0)
            {
                svg.Append(Inv($"<text x=\"{x:0.#}\" y=\"{top + plotH + 14}\" class=\"axis\" text-anchor=\"middle\">{i * step:0.#}</text>"));
            }
        }

        svg.Append(Inv($"<text x=\"{left + (plotW / 2)}\" y=\"{height - 4}\" class=\"axis\" text-anchor=\"middle\">total latency per question (ms)</text>"));
        foreach (var (label, value, y) in new[] { ("p50", p50, 10), ("p95", p95, 23) })
        {
            if (value is { } v)
            {
                var x = left + (plotW * Math.Min(1, v / (bins * step)));
                svg.Append(Inv($"<line x1=\"{x:0.#}\" y1=\"{y + 2}\" x2=\"{x:0.#}\" y2=\"{top + plotH}\" class=\"marker\"/><text x=\"{x + 3:0.#}\" y=\"{y}\" class=\"axis\">{label} {v:0.#} ms</text>"));
            }
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>A ring showing <paramref name="passed"/> of <paramref name="total"/>.</summary>
    public static string Ring(int passed, int total, int size = 120)
    {
        var fraction = total == 0 ? 0 : passed / (double)total;
        const double r = 48;
        var circumference = 2 * Math.PI * r;
        return Inv($"<svg class=\"ring\" viewBox=\"0 0 120 120\" width=\"{size}\" height=\"{size}\" xmlns=\"http://www.w3.org/2000/svg\">")
            + Inv($"<circle cx=\"60\" cy=\"60\" r=\"{r}\" class=\"track-ring\"/>")
            + Inv($"<circle cx=\"60\" cy=\"60\" r=\"{r}\" class=\"{Grade(fraction)}-ring\" stroke-dasharray=\"{circumference * fraction:0.##} {circumference:0.##}\" transform=\"rotate(-90 60 60)\"/>")
            + Inv($"<text x=\"60\" y=\"58\" text-anchor=\"middle\" class=\"ring-big\">{passed}/{total}</text>")
            + Inv($"<text x=\"60\" y=\"78\" text-anchor=\"middle\" class=\"ring-small\">passed</text></svg>");
    }

    /// <summary>"good" (≥ 0.9), "fair" (≥ 0.7) or "poor": the CSS class for a 0..1 quality.</summary>
    public static string Grade(double goodness) => goodness >= 0.9 ? "good" : goodness >= 0.7 ? "fair" : "poor";

    private static double NiceStep(double raw)
    {
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(Math.Max(raw, 1e-6))));
        return new[] { 1, 2, 2.5, 5, 10 }.Select(m => m * magnitude).First(s => s >= raw);
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
