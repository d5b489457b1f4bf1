using System.Text.Json;

namespace QaBot.Core.Evaluation;

/// <summary>One summary metric now and in the baseline; <see cref="Regression"/> when it moved the wrong way by more than noise.</summary>
public sealed record MetricDelta(MetricInfo Metric, double? Baseline, double? Current, double? Delta, bool Regression, bool Improvement);

/// <summary>How a run compares with an earlier <c>report.json</c>.</summary>
public sealed record BaselineComparison(
    string Path,
    DateTimeOffset? BaselineStartedAt,
    IReadOnlyList<MetricDelta> Metrics,
    IReadOnlyList<string> NewlyFailing,
    IReadOnlyList<string> NewlyPassing)
{
    /// <summary>True when any metric regressed or a question that passed now fails.</summary>
    public bool HasRegressions => Metrics.Any(m => m.Regression) || NewlyFailing.Count > 0;

    /// <summary>The delta for the metric named <paramref name="name"/>.</summary>
    public MetricDelta? For(string name) => Metrics.FirstOrDefault(m => m.Metric.Name == name);
}

/// <summary>
/// Compares a run with a previous <c>report.json</c> (or a folder holding one). A rate regresses when it drops by more
/// than half a percentage point (rises, for false abstentions); a latency when it grows by more than 25 % and 5 ms;
/// a judge score when it drops by more than 0.1. Questions that passed before and fail now are listed.
/// </summary>
public static class BaselineComparer
{
    /// <summary>The report file for <paramref name="fileOrDirectory"/>: the file itself, or <c>report.json</c> inside the folder.</summary>
    public static string ResolvePath(string fileOrDirectory)
    {
        var path = Directory.Exists(fileOrDirectory) ? Path.Combine(fileOrDirectory, "report.json") : fileOrDirectory;
        return File.Exists(path)
            ? path
            : throw new QaBotException($"baseline report not found: {Path.GetFullPath(path)} (pass a report.json or the folder of an earlier run)");
    }

    /// <summary>Reads the baseline at <paramref name="fileOrDirectory"/> and compares <paramref name="run"/> with it.</summary>
    public static async Task<BaselineComparison> CompareAsync(string fileOrDirectory, EvalRun run, CancellationToken cancellationToken = default)
    {
        var path = ResolvePath(fileOrDirectory);
        try
        {
            await using var stream = File.OpenRead(path);
            using var doc = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
            return Compare(doc.RootElement, run, path);
        }
        catch (JsonException ex)
        {
            throw new QaBotException($"baseline {path} is not a valid report.json: {ex.Message}", ex);
        }
    }

    /// <summary>Compares <paramref name="run"/> with a parsed baseline report.</summary>
    public static BaselineComparison Compare(JsonElement baseline, EvalRun run, string path = "")
    {
        if (!baseline.TryGetProperty("summary", out var summary) || summary.ValueKind != JsonValueKind.Object)
        {
            throw new QaBotException($"baseline {path} has no \"summary\" object; is it a qabot eval report.json?");
        }

        var deltas = EvalSummary.Catalog.Select(m => Delta(m, Number(summary, m.Name), run.Summary.Get(m.Name))).ToList();
        var before = PassedById(baseline);
        var now = run.Results.ToDictionary(r => r.Question.Id, r => r.Pass);
        DateTimeOffset? started = baseline.TryGetProperty("run", out var r) && r.TryGetProperty("startedAt", out var s)
            && s.ValueKind == JsonValueKind.String && DateTimeOffset.TryParse(s.GetString(), out var at) ? at : null;
        return new BaselineComparison(
            path,
            started,
            deltas,
            now.Where(q => !q.Value && before.TryGetValue(q.Key, out var was) && was).Select(q => q.Key).ToList(),
            now.Where(q => q.Value && before.TryGetValue(q.Key, out var was) && !was).Select(q => q.Key).ToList());
    }

    private static MetricDelta Delta(MetricInfo metric, double? baseline, double? current)
    {
        if (baseline is not { } b || current is not { } c)
        {
            return new MetricDelta(metric, baseline, current, null, false, false);
        }

        var delta = c - b;
        var (worse, better) = metric.Kind switch
        {
            MetricKind.Fraction => (delta < -0.005, delta > 0.005),
            MetricKind.LowerFraction => (delta > 0.005, delta < -0.005),
            MetricKind.JudgeScale => (delta < -0.1, delta > 0.1),
            _ => (delta > 5 && c > b * 1.25, delta < -5 && c < b / 1.25),
        };
        return new MetricDelta(metric, b, c, delta, worse, better);
    }

    private static double? Number(JsonElement summary, string name) =>
        summary.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;

    private static Dictionary<string, bool> PassedById(JsonElement baseline)
    {
        var passed = new Dictionary<string, bool>();
        if (baseline.TryGetProperty("questions", out var questions) && questions.ValueKind == JsonValueKind.Array)
        {
            foreach (var q in questions.EnumerateArray())
            {
                if (q.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
                    && q.TryGetProperty("pass", out var pass) && pass.ValueKind is JsonValueKind.True or JsonValueKind.False)
                {
                    passed[id.GetString()!] = pass.GetBoolean();
                }
            }
        }

        return passed;
    }
}
