using QaBot.Core.Answering;

namespace QaBot.Core.Evaluation;

/// <summary>The outcome of one eval question: the answer, its metrics, pass/fail with the reasons, and judge scores when an LLM judged it.</summary>
/// <param name="Answer">Null when the answer service threw; <see cref="Error"/> then says why.</param>
public sealed record EvalQuestionResult(
    EvalQuestion Question,
    Answer? Answer,
    QuestionMetrics? Metrics,
    bool Pass,
    IReadOnlyList<string> Reasons,
    string? Error = null,
    IReadOnlyList<JudgeScore>? Judge = null);

/// <summary>An LLM judge's score for one answer on one criterion, on a 1–5 scale; null when the reply could not be read.</summary>
public sealed record JudgeScore(string Metric, double? Score, string? Reason, bool Cached);
