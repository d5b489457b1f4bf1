namespace QaBot.Core.Evaluation;

/// <summary>
/// Aggregate results of a run (or of one category). Rates are fractions in 0..1 averaged over the questions they
/// apply to (null when none does); citation validity is pooled over every <c>[n]</c>; latencies are nearest-rank
/// percentiles in milliseconds. Judge scores are 1–5 means, present only when an LLM judged the answers.
/// </summary>
public sealed record EvalSummary(
    int Questions,
    int Answerable,
    int Unanswerable,
    int Passed,
    int Errors,
    double? PassRate,
    double? HitAtK,
    double? RecallAtK,
    double? Mrr,
    double? RetrievedFactRecall,
    double? FactRecall,
    double? LeadFact,
    double? CitationPrecision,
    double? CitationValidity,
    double? AbstentionAccuracy,
    double? FalseAbstentionRate,
    double? LatencyP50Ms,
    double? LatencyP95Ms,
    double? RetrievalP50Ms,
    double? RetrievalP95Ms,
    double? GenerationP50Ms,
    double? GenerationP95Ms,
    double? MeanAnswerChars,
    double? Groundedness = null,
    double? Relevance = null,
    double? Correctness = null)
{
    /// <summary>Every metric the summary reports, in display order, with its direction.</summary>
    public static readonly IReadOnlyList<MetricInfo> Catalog =
    [
        new("passRate", "Pass rate", MetricKind.Fraction, "questions that passed every check"),
        new("hitAtK", "Hit@k", MetricKind.Fraction, "an expected article is in the top-k chunks"),
        new("recallAtK", "Recall@k", MetricKind.Fraction, "share of expected articles in the top-k chunks"),
        new("mrr", "MRR", MetricKind.Fraction, "1 / rank of the first expected article"),
        new("retrievedFactRecall", "Facts in context", MetricKind.Fraction, "expected facts present in the top-k chunks"),
        new("factRecall", "Fact recall", MetricKind.Fraction, "expected facts present in the answer"),
        new("leadFact", "Fact first", MetricKind.Fraction, "answers whose first sentence holds an expected fact"),
        new("citationPrecision", "Citation precision", MetricKind.Fraction, "cited articles that are expected sources"),
        new("citationValidity", "Citation validity", MetricKind.Fraction, "[n] markers whose retrieved passage supports the sentence"),
        new("abstentionAccuracy", "Abstention accuracy", MetricKind.Fraction, "unanswerable questions the bot declined"),
        new("falseAbstentionRate", "False abstentions", MetricKind.LowerFraction, "answerable questions the bot declined"),
        new("latencyP50Ms", "Latency p50", MetricKind.Milliseconds, "median total time per answer"),
        new("latencyP95Ms", "Latency p95", MetricKind.Milliseconds, "95th percentile total time per answer"),
        new("retrievalP50Ms", "Retrieval p50", MetricKind.Milliseconds, "median retrieval time"),
        new("retrievalP95Ms", "Retrieval p95", MetricKind.Milliseconds, "95th percentile retrieval time"),
        new("generationP50Ms", "Generation p50", MetricKind.Milliseconds, "median answer-writing time"),
        new("generationP95Ms", "Generation p95", MetricKind.Milliseconds, "95th percentile answer-writing time"),
        new("groundedness", "Groundedness (judge)", MetricKind.JudgeScale, "LLM judge: claims backed by the passages, 1–5"),
        new("relevance", "Relevance (judge)", MetricKind.JudgeScale, "LLM judge: answers the question asked, 1–5"),
        new("correctness", "Correctness (judge)", MetricKind.JudgeScale, "LLM judge: agrees with the reference answer, 1–5"),
    ];

    /// <summary>The value of the metric named <paramref name="name"/> (a <see cref="Catalog"/> name), null when not measured.</summary>
    public double? Get(string name) => name switch
    {
        "passRate" => PassRate,
        "hitAtK" => HitAtK,
        "recallAtK" => RecallAtK,
        "mrr" => Mrr,
        "retrievedFactRecall" => RetrievedFactRecall,
        "factRecall" => FactRecall,
        "leadFact" => LeadFact,
        "citationPrecision" => CitationPrecision,
        "citationValidity" => CitationValidity,
        "abstentionAccuracy" => AbstentionAccuracy,
        "falseAbstentionRate" => FalseAbstentionRate,
        "latencyP50Ms" => LatencyP50Ms,
        "latencyP95Ms" => LatencyP95Ms,
        "retrievalP50Ms" => RetrievalP50Ms,
        "retrievalP95Ms" => RetrievalP95Ms,
        "generationP50Ms" => GenerationP50Ms,
        "generationP95Ms" => GenerationP95Ms,
        "groundedness" => Groundedness,
        "relevance" => Relevance,
        "correctness" => Correctness,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown metric"),
    };

    /// <summary>Aggregates <paramref name="results"/>.</summary>
    public static EvalSummary From(IReadOnlyList<EvalQuestionResult> results)
    {
        var scored = results.Where(r => r.Metrics is not null).Select(r => (r.Question, Metrics: r.Metrics!)).ToList();
        var answerable = scored.Where(s => s.Question.Answerable).ToList();
        var unanswerable = scored.Where(s => !s.Question.Answerable).ToList();
        var checks = scored.SelectMany(s => s.Metrics.CitationChecks).ToList();
        return new EvalSummary(
            Questions: results.Count,
            Answerable: results.Count(r => r.Question.Answerable),
            Unanswerable: results.Count(r => !r.Question.Answerable),
            Passed: results.Count(r => r.Pass),
            Errors: results.Count(r => r.Error is not null),
            PassRate: results.Count == 0 ? null : results.Count(r => r.Pass) / (double)results.Count,
            HitAtK: Mean(scored.Select(s => s.Metrics.HitAtK is { } hit ? (hit ? 1.0 : 0.0) : (double?)null)),
            RecallAtK: Mean(scored.Select(s => s.Metrics.RecallAtK)),
            Mrr: Mean(scored.Select(s => s.Metrics.ReciprocalRank)),
            RetrievedFactRecall: Mean(scored.Select(s => s.Metrics.RetrievedFactRecall)),
            FactRecall: Mean(scored.Select(s => s.Metrics.FactRecall)),
            LeadFact: Mean(scored.Select(s => s.Metrics.LeadHoldsFact is { } lead ? (lead ? 1.0 : 0.0) : (double?)null)),
            CitationPrecision: Mean(scored.Select(s => s.Metrics.CitationPrecision)),
            CitationValidity: checks.Count == 0 ? null : checks.Count(c => c.Valid) / (double)checks.Count,
            AbstentionAccuracy: unanswerable.Count == 0 ? null : unanswerable.Count(s => s.Metrics.Abstained) / (double)unanswerable.Count,
            FalseAbstentionRate: answerable.Count == 0 ? null : answerable.Count(s => s.Metrics.Abstained) / (double)answerable.Count,
            LatencyP50Ms: EvalMetrics.Percentile(scored.Select(s => s.Metrics.TotalMs), 50),
            LatencyP95Ms: EvalMetrics.Percentile(scored.Select(s => s.Metrics.TotalMs), 95),
            RetrievalP50Ms: EvalMetrics.Percentile(scored.Select(s => s.Metrics.RetrievalMs), 50),
            RetrievalP95Ms: EvalMetrics.Percentile(scored.Select(s => s.Metrics.RetrievalMs), 95),
            GenerationP50Ms: EvalMetrics.Percentile(scored.Select(s => s.Metrics.GenerationMs), 50),
            GenerationP95Ms: EvalMetrics.Percentile(scored.Select(s => s.Metrics.GenerationMs), 95),
            MeanAnswerChars: Mean(scored.Where(s => !s.Metrics.Abstained).Select(s => (double?)s.Metrics.AnswerChars)),
            Groundedness: JudgeMean(results, "groundedness"),
            Relevance: JudgeMean(results, "relevance"),
            Correctness: JudgeMean(results, "correctness"));
    }

    private static double? Mean(IEnumerable<double?> values)
    {
        var present = values.Where(v => v is not null).Select(v => v!.Value).ToList();
        return present.Count == 0 ? null : present.Average();
    }

    private static double? JudgeMean(IEnumerable<EvalQuestionResult> results, string metric) =>
        Mean(results.SelectMany(r => r.Judge ?? []).Where(j => j.Metric == metric).Select(j => j.Score));
}

/// <summary>How a metric is read: a fraction where higher is better, one where lower is better, milliseconds, or a 1–5 judge score.</summary>
public enum MetricKind
{
    /// <summary>0..1, higher is better.</summary>
    Fraction,

    /// <summary>0..1, lower is better.</summary>
    LowerFraction,

    /// <summary>Milliseconds, lower is better.</summary>
    Milliseconds,

    /// <summary>1..5 from the LLM judge, higher is better.</summary>
    JudgeScale,
}

/// <summary>A metric's JSON name, display label, kind and one-line meaning.</summary>
public sealed record MetricInfo(string Name, string Label, MetricKind Kind, string Meaning)
{
    /// <summary>True when a larger value is better.</summary>
    public bool HigherIsBetter => Kind is MetricKind.Fraction or MetricKind.JudgeScale;
}
