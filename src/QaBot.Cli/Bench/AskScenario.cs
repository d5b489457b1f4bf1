using Microsoft.Extensions.DependencyInjection;
using QaBot.Core.Answering;

namespace QaBot.Cli.Bench;

/// <summary>
/// End-to-end offline answers (<see cref="AnswerService.AskAsync"/>: rewrite, hybrid retrieval, extractive answer,
/// citation check, the reader on) with default settings. Baseline: the same questions over the five sample articles alone.
/// </summary>
internal static class AskScenario
{
    public static async Task<LatencyStats> MeasureAsync(TextStore store, IReadOnlyList<string> queries, int runs, CancellationToken ct)
    {
        var answers = (await store.ServicesAsync(ct)).GetRequiredService<AnswerService>();
        return await LatencyStats.MeasureAsync(queries, runs, queries.Count, q => answers.AskAsync(new Question(q), ct));
    }

    public static void Report(BenchReport report, long chunks, LatencyStats stats, LatencyStats sample)
    {
        var scenario = $"ask (offline, end to end) @ {chunks:#,0} chunks";
        // The target is set for 100k chunks; other sizes are reported without one.
        var targeted = chunks is >= 100_000 and < 500_000;
        report.Add(BenchFigure.Latency(scenario, stats, sample, "same questions, 5 articles", targeted ? "p95 ≤ 100 ms" : null, targeted ? stats.P95 <= 100 : null));
    }
}
