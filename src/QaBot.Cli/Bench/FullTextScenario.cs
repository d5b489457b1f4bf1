using System.Diagnostics;
using Microsoft.Extensions.VectorData;
using QaBot.Core.Store;

namespace QaBot.Cli.Bench;

/// <summary>
/// BM25 full-text top-10 (<see cref="SqliteCollection{TRecord}.KeywordSearchAsync"/>) at one corpus size: with common
/// words left out (Store:CommonTermShare, the default) and with every word kept (the behaviour before), their top-10
/// overlap; the top 10 taken from the full-text index before joining the chunk table (the default) against the old query
/// that joined first, with the share of identical top-10s; and a naive baseline that reads every chunk's text per query.
/// </summary>
internal static class FullTextScenario
{
    public static async Task RunAsync(BenchReport report, TextStore store, long chunks, IReadOnlyList<string> queries, int runs, int baselineRuns, CancellationToken ct)
    {
        using var pruned = new SqliteVectorStore(new StoreOptions { Path = store.DbPath });
        using var unpruned = new SqliteVectorStore(new StoreOptions { Path = store.DbPath, CommonTermShare = 1.0 });
        using var joinFirstStore = new SqliteVectorStore(new StoreOptions { Path = store.DbPath });
        var after = pruned.GetChunkCollection(ChunkRecord.DefaultDimensions);
        var before = unpruned.GetChunkCollection(ChunkRecord.DefaultDimensions);
        var joinFirst = joinFirstStore.GetChunkCollection(ChunkRecord.DefaultDimensions);
        joinFirst.JoinBeforeRanking = true;

        var afterStats = await LatencyStats.MeasureAsync(queries, runs, queries.Count, q => TopAsync(after, q, ct));
        var beforeStats = await LatencyStats.MeasureAsync(queries, runs, queries.Count, q => TopAsync(before, q, ct));
        var joinFirstStats = await LatencyStats.MeasureAsync(queries, runs, queries.Count, q => TopAsync(joinFirst, q, ct));
        var overlap = 0.0;
        var identical = 0;
        foreach (var query in queries)
        {
            var a = await TopAsync(after, query, ct);
            var b = await TopAsync(before, query, ct);
            overlap += b.Count == 0 ? 1 : a.Intersect(b).Count() / (double)b.Count;
            identical += a.SequenceEqual(await TopAsync(joinFirst, query, ct)) ? 1 : 0;
        }

        var naive = new List<double>();
        foreach (var query in queries.Take(baselineRuns))
        {
            var start = Stopwatch.GetTimestamp();
            NaiveSearch.TextTopK(store.DbPath, query, 10);
            naive.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        var naiveStats = LatencyStats.Of(naive);
        var scenario = $"full-text top-10 @ {chunks:#,0} chunks";
        report.Add(BenchFigure.Latency(scenario, afterStats, naiveStats, "naive text scan"));
        report.Add(BenchFigure.Latency(scenario + ", top 10 from the index, then joined", afterStats, joinFirstStats, "old query: chunk table joined before ranking"));
        report.Add(new BenchFigure(scenario, $"identical top-10 (index first vs join first), {queries.Count} queries", identical / (double)queries.Count, "share")
        {
            HigherIsBetter = true,
        });
        report.Add(BenchFigure.Latency(scenario + ", every word kept (before)", beforeStats, afterStats, "common words dropped"));
        report.Add(new BenchFigure(scenario, "top-10 overlap, common words dropped vs kept", overlap / queries.Count, "share") { HigherIsBetter = true });
    }

    private static async Task<List<string>> TopAsync(SqliteCollection<ChunkRecord> collection, string query, CancellationToken ct)
    {
        var keys = new List<string>(10);
        await foreach (VectorSearchResult<ChunkRecord> hit in collection.KeywordSearchAsync(query, 10, cancellationToken: ct))
        {
            keys.Add(hit.Record.Key);
        }

        return keys;
    }
}
