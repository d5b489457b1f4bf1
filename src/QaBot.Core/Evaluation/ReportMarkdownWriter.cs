using System.Globalization;
using System.Text;

namespace QaBot.Core.Evaluation;

/// <summary>Writes <c>report.md</c>: totals (with deltas against a baseline), a table per category, and every failing question with its reasons.</summary>
public static class ReportMarkdownWriter
{
    /// <summary>Writes the report to <paramref name="path"/>.</summary>
    public static Task WriteAsync(string path, EvalRun run, BaselineComparison? baseline, CancellationToken cancellationToken = default) =>
        File.WriteAllTextAsync(path, Render(run, baseline), cancellationToken);

    /// <summary>The report as Markdown.</summary>
    public static string Render(EvalRun run, BaselineComparison? baseline)
    {
        var s = run.Summary;
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"# QaBot eval — {s.Passed}/{s.Questions} passed");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture,
            $"Set `{run.SetPath}` · k = {run.K} · {run.StartedAt:yyyy-MM-dd HH:mm} · {run.Duration.TotalSeconds:0.0} s · {s.Answerable} answerable, {s.Unanswerable} unanswerable");
        foreach (var note in run.Notes)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"\n> {note}");
        }

        md.AppendLine();
        md.AppendLine(baseline is null ? "| Metric | Value | Meaning |" : "| Metric | Value | Δ vs baseline | Meaning |");
        md.AppendLine(baseline is null ? "|---|---:|---|" : "|---|---:|---:|---|");
        foreach (var metric in EvalSummary.Catalog.Where(m => s.Get(m.Name) is not null || m.Kind != MetricKind.JudgeScale))
        {
            var value = ReportFormat.Value(metric, s.Get(metric.Name));
            if (baseline?.For(metric.Name) is { } d)
            {
                var flag = d.Regression ? " ⚠ regression" : d.Improvement ? " ✓" : "";
                md.AppendLine(CultureInfo.InvariantCulture, $"| {metric.Label} | {value} | {ReportFormat.Delta(d)}{flag} | {metric.Meaning} |");
            }
            else
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"| {metric.Label} | {value} | {metric.Meaning} |");
            }
        }

        if (baseline is not null)
        {
            md.AppendLine();
            md.AppendLine(CultureInfo.InvariantCulture, $"Baseline: `{baseline.Path}`. Newly failing: {List(baseline.NewlyFailing)}. Newly passing: {List(baseline.NewlyPassing)}.");
        }

        AppendCategories(md, run);
        AppendFailures(md, run);
        return md.ToString();
    }

    private static void AppendCategories(StringBuilder md, EvalRun run)
    {
        md.AppendLine("\n## By category\n");
        md.AppendLine("| Category | Questions | Passed | Hit@k | Fact recall | Citation validity | Abstention accuracy |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var (tag, c) in run.Categories)
        {
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {tag} | {c.Questions} | {c.Passed} | {P(c.HitAtK)} | {P(c.FactRecall)} | {P(c.CitationValidity)} | {P(c.AbstentionAccuracy)} |");
        }
    }

    private static void AppendFailures(StringBuilder md, EvalRun run)
    {
        var failures = run.Results.Where(r => !r.Pass).ToList();
        md.AppendLine(CultureInfo.InvariantCulture, $"\n## Failing questions ({failures.Count})\n");
        if (failures.Count == 0)
        {
            md.AppendLine("None. ✓");
        }

        foreach (var r in failures)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- **{r.Question.Id}** {Escape(r.Question.Question)}");
            foreach (var reason in r.Reasons)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"  - ✗ {Escape(reason)}");
            }

            if (r.Answer is { } answer)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"  - answer: {Escape(Clip(answer.Text.ReplaceLineEndings(" "), 300))}");
            }
        }
    }

    private static string P(double? value) => value is { } v ? ReportFormat.Percent(v) : "—";

    private static string List(IReadOnlyList<string> ids) => ids.Count == 0 ? "none" : string.Join(", ", ids);

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..max] + "…";

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
