using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using QaBot.Core.Answering;

namespace QaBot.Core.Evaluation;

/// <summary>
/// Writes <c>report.json</c>: <c>run</c> (set, k, time), <c>summary</c> (the <see cref="EvalSummary"/> keys; rates as
/// fractions in 0..1, latencies in ms, null when not measured), <c>categories</c> (the same per tag), <c>baseline</c>
/// (when compared) and <c>questions[]</c> with <c>id, question, answer, citations, retrieved, metrics, pass, reasons</c>.
/// </summary>
public static class ReportJsonWriter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new RoundingConverter() },
    };

    /// <summary>Writes the report to <paramref name="path"/>.</summary>
    public static async Task WriteAsync(string path, EvalRun run, BaselineComparison? baseline, CancellationToken cancellationToken = default)
    {
        await using var stream = File.Create(path);
        await JsonSerializer.SerializeAsync(stream, Build(run, baseline), Options, cancellationToken);
    }

    /// <summary>The report as a JSON string.</summary>
    public static string Serialize(EvalRun run, BaselineComparison? baseline) => JsonSerializer.Serialize(Build(run, baseline), Options);

    private static object Build(EvalRun run, BaselineComparison? baseline) => new
    {
        Version = 1,
        Run = new
        {
            Set = run.SetPath,
            run.K,
            run.StartedAt,
            DurationMs = run.Duration.TotalMilliseconds,
            run.Notes,
        },
        run.Summary,
        run.Categories,
        Baseline = baseline is null ? null : new
        {
            baseline.Path,
            baseline.BaselineStartedAt,
            baseline.HasRegressions,
            Metrics = baseline.Metrics.Where(m => m.Delta is not null).ToDictionary(
                m => m.Metric.Name, m => new { m.Baseline, m.Current, m.Delta, m.Regression }),
            baseline.NewlyFailing,
            baseline.NewlyPassing,
        },
        Questions = run.Results.Select(Question).ToList(),
    };

    private static object Question(EvalQuestionResult r) => new
    {
        r.Question.Id,
        Question = r.Question.Question,
        Tags = r.Question.Categories,
        r.Question.Answerable,
        r.Question.Language,
        History = r.Question.Turns,
        ExpectedSources = r.Question.Sources,
        ExpectedFacts = r.Question.Facts,
        r.Question.ReferenceAnswer,
        Answer = r.Answer?.Text,
        r.Answer?.Abstained,
        r.Answer?.Mode,
        r.Answer?.SearchQuery,
        r.Answer?.Note,
        Citations = r.Answer is null ? [] : r.Answer.Citations.Select(c => Citation(c, r.Metrics!)).ToList(),
        Retrieved = r.Answer is null ? [] : r.Answer.Retrieved.Select((c, i) => new
        {
            Rank = i + 1,
            c.Chunk.ArticleId,
            ChunkId = c.Chunk.Id,
            c.Chunk.Title,
            c.Score,
            c.KeywordScore,
            c.VectorScore,
            Expected = r.Question.Sources.Contains(c.Chunk.ArticleId, StringComparer.OrdinalIgnoreCase),
            c.Chunk.Text,
        }).ToList(),
        Metrics = r.Metrics is not { } m ? null : new
        {
            m.HitAtK,
            m.RecallAtK,
            m.ReciprocalRank,
            m.FirstRelevantRank,
            m.RetrievedFactRecall,
            m.FactRecall,
            m.LeadHoldsFact,
            m.MissingFacts,
            m.CitationPrecision,
            m.CitationValidity,
            m.UncitedSentences,
            m.Abstained,
            m.AnswerChars,
            m.AnswerWords,
            RewriteMs = r.Answer!.Timings.RewriteMs,
            m.RetrievalMs,
            m.GenerationMs,
            m.TotalMs,
        },
        Judge = r.Judge,
        r.Pass,
        r.Reasons,
        r.Error,
    };

    private static object Citation(Citation c, QuestionMetrics metrics)
    {
        var checks = metrics.CitationChecks.Where(k => k.N == c.N).ToList();
        return new
        {
            c.N,
            c.ArticleId,
            c.ChunkId,
            c.Title,
            c.Date,
            c.Url,
            c.Quote,
            Valid = checks.Count == 0 ? (bool?)null : checks.All(k => k.Valid),
            Problems = checks.Where(k => !k.Valid).Select(k => k.Reason).ToList(),
        };
    }

    private sealed class RoundingConverter : JsonConverter<double>
    {
        public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDouble();

        public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options) =>
            writer.WriteNumberValue(double.IsFinite(value) ? Math.Round(value, 4) : 0);
    }
}
