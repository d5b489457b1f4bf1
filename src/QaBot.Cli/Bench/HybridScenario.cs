using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using QaBot.Core.Embeddings;
using QaBot.Core.Retrieval;

namespace QaBot.Cli.Bench;

/// <summary>
/// Hybrid top-10 through the product's <see cref="HybridRetriever"/> (IDF weighting, BM25 + vector candidates, RRF,
/// coverage re-rank). Baseline: the naive text scan plus the naive vector scan for the same query.
/// </summary>
internal static class HybridScenario
{
    public static async Task RunAsync(BenchReport report, TextStore store, long chunks, IReadOnlyList<string> queries, int runs, int baselineRuns, CancellationToken ct)
    {
        var services = await store.ServicesAsync(ct, ("Retrieval:TopK", "10"));
        var retriever = services.GetRequiredService<HybridRetriever>();
        var generator = services.GetRequiredService<EmbeddingModel>().Generator!;
        var stats = await LatencyStats.MeasureAsync(queries, runs, queries.Count, q => retriever.RetrieveAsync(q, ct));

        var naive = new List<double>();
        foreach (var query in queries.Take(baselineRuns))
        {
            var start = Stopwatch.GetTimestamp();
            var vector = (await generator.GenerateAsync([query], cancellationToken: ct))[0].Vector;
            NaiveSearch.VectorTopK(store.DbPath, "coll_chunks", "Key", "Embedding", vector.Span, 40);
            NaiveSearch.TextTopK(store.DbPath, query, 40);
            naive.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        var naiveStats = LatencyStats.Of(naive);
        var scenario = $"hybrid top-10 @ {chunks:#,0} chunks";
        report.Add(BenchFigure.Latency(scenario, stats, naiveStats, "naive text + vector scans"));
    }
}
