using System.Diagnostics;
using QaBot.Core.Answering;

namespace QaBot.Core.Evaluation;

/// <summary>Where a run is: <paramref name="Done"/> of <paramref name="Total"/> questions, the last one finished and whether it passed.</summary>
public sealed record EvalProgress(int Done, int Total, EvalQuestionResult Last);

/// <summary>A finished run: per-question results, their summary, one summary per category tag, and how it ran.</summary>
public sealed record EvalRun(
    string SetPath,
    int K,
    DateTimeOffset StartedAt,
    TimeSpan Duration,
    IReadOnlyList<EvalQuestionResult> Results,
    EvalSummary Summary,
    IReadOnlyDictionary<string, EvalSummary> Categories,
    IReadOnlyList<string> Notes);

/// <summary>
/// Runs eval questions one after another (so latencies are not inflated by contention) through an answer function,
/// normally <see cref="AnswerService.AskAsync"/>, each with its conversation history. A question whose answer throws
/// is recorded as failed with the error and the run goes on; cancellation stops the run. Citations are judged by
/// <see cref="Answering.Verification.SupportTest"/> at <paramref name="minSupport"/> — pass <c>Llm:MinSupport</c>, the bar the
/// answer checker enforces.
/// </summary>
public sealed class EvalRunner(
    Func<Question, CancellationToken, Task<Answer>> ask,
    LlmJudge? judge = null,
    double minSupport = Answering.Verification.SupportTest.DefaultMinSupport)
{
    /// <summary>Answers and scores <paramref name="questions"/>, cutting retrieval metrics at <paramref name="k"/>.</summary>
    public async Task<EvalRun> RunAsync(
        IReadOnlyList<EvalQuestion> questions,
        int k,
        string setPath = "",
        Action<EvalProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        var started = DateTimeOffset.Now;
        var clock = Stopwatch.StartNew();
        var results = new List<EvalQuestionResult>(questions.Count);
        foreach (var question in questions)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = await RunOneAsync(question, k, cancellationToken);
            results.Add(result);
            progress?.Invoke(new EvalProgress(results.Count, questions.Count, result));
        }

        var notes = new List<string>();
        if (judge?.Note is { } note)
        {
            notes.Add(note);
        }

        return new EvalRun(setPath, k, started, clock.Elapsed, results, EvalSummary.From(results), Categorize(results), notes);
    }

    private async Task<EvalQuestionResult> RunOneAsync(EvalQuestion question, int k, CancellationToken cancellationToken)
    {
        Answer answer;
        var clock = Stopwatch.StartNew();
        try
        {
            answer = await ask(question.ToQuestion(), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return new EvalQuestionResult(question, null, null, false, [$"error: {ex.GetType().Name}: {ex.Message}"], ex.Message);
        }

        // A service that does not time itself still gets a total latency.
        if (answer.Timings.TotalMs <= 0)
        {
            answer = answer with { Timings = answer.Timings with { TotalMs = clock.Elapsed.TotalMilliseconds } };
        }

        var metrics = EvalMetrics.Score(question, answer, k, minSupport);
        var reasons = QuestionVerdict.Reasons(question, metrics);
        var scores = judge is null ? null : await judge.ScoreAsync(question, answer, cancellationToken);
        return new EvalQuestionResult(question, answer, metrics, reasons.Count == 0, reasons, null, scores);
    }

    /// <summary>One summary per tag (questions without tags under "untagged"), sorted by tag.</summary>
    public static IReadOnlyDictionary<string, EvalSummary> Categorize(IReadOnlyList<EvalQuestionResult> results) =>
        results
            .SelectMany(r => (r.Question.Categories.Count == 0 ? ["untagged"] : r.Question.Categories).Select(t => (Tag: t.ToLowerInvariant(), r)))
            .GroupBy(x => x.Tag)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => EvalSummary.From(g.Select(x => x.r).ToList()));
}
