using System.Diagnostics;
using Microsoft.Data.Sqlite;
using QaBot.Core.Store;

namespace QaBot.Cli.Bench;

/// <summary>
/// Vector top-10 over <c>rows × dimensions</c> synthetic clustered vectors stored in a real SQLite collection, searched
/// through the VectorData API (<c>SearchAsync</c>, records included) in each <see cref="VectorSearchMode"/>: latency
/// percentiles, recall@10 against exact, the time to load the index from SQLite. Baseline: a scalar loop over every
/// vector read from SQLite per query.
/// </summary>
internal sealed class VectorSearchScenario(string folder, int rows, int dimensions)
{
    private const int BatchSize = 5_000;

    public string DbPath { get; } = Path.GetFullPath(Path.Combine(folder, $"vectors-{rows}x{dimensions}.db"));

    public string Label => $"{rows:#,0} × {dimensions}";

    /// <summary>Writes the synthetic collection (seeded, so every run measures the same vectors).</summary>
    public async Task BuildAsync(BenchReport report, CancellationToken ct)
    {
        Directory.CreateDirectory(folder);
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(DbPath + suffix);
        }

        var source = new SyntheticVectors(dimensions, seed: 1);
        using var store = new SqliteVectorStore(DbPath);
        var collection = new SqliteCollection<VectorRecord>(store, VectorRecord.Collection, VectorRecord.Definition(dimensions));
        var start = Stopwatch.GetTimestamp();
        for (var from = 0; from < rows; from += BatchSize)
        {
            var batch = Enumerable.Range(from, Math.Min(BatchSize, rows - from)).Select(i => new VectorRecord { Key = "v" + i, Vector = source.Next() }).ToList();
            await collection.UpsertAsync(batch, ct);
        }

        report.Add(new BenchFigure($"vectors {Label}", "write to SQLite", rows / Stopwatch.GetElapsedTime(start).TotalSeconds, "rows/s") { HigherIsBetter = true });
    }

    public async Task RunAsync(BenchReport report, IReadOnlyList<VectorSearchMode> modes, int queryCount, int baselineRuns, CancellationToken ct)
    {
        var generator = new SyntheticVectors(dimensions, seed: 2);
        var queries = Enumerable.Range(0, queryCount).Select(_ => (ReadOnlyMemory<float>)generator.Next()).ToList();

        var naive = new List<double>();
        foreach (var query in queries.Take(baselineRuns))
        {
            var start = Stopwatch.GetTimestamp();
            NaiveSearch.VectorTopK(DbPath, "coll_" + VectorRecord.Collection, "Key", "Vector", query.Span, 10);
            naive.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        var baseline = LatencyStats.Of(naive);
        List<List<string>>? exact = null;
        foreach (var mode in modes)
        {
            SqliteConnection.ClearAllPools();
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var options = new StoreOptions { Path = DbPath, VectorSearch = mode };
            using var store = new SqliteVectorStore(options);
            var collection = new SqliteCollection<VectorRecord>(store, VectorRecord.Collection, VectorRecord.Definition(dimensions));
            var start = Stopwatch.GetTimestamp();
            await TopAsync(collection, queries[0], ct);
            var loadMs = Stopwatch.GetElapsedTime(start).TotalMilliseconds;

            var scenario = $"vector top-10 @ {Label}, {mode}" + (AutoChoice(rows) == mode ? " (Auto's choice)" : "");
            var (stats, results) = await MeasureAsync(collection, queries, ct);
            exact ??= mode == VectorSearchMode.Exact ? results : null;
            var (target, met) = Target(mode, stats.P50);
            report.Add(BenchFigure.Latency(scenario, stats, baseline, "scalar loop over SQLite", target, met));
            if (exact is not null && mode != VectorSearchMode.Exact)
            {
                var minimum = mode == VectorSearchMode.Quantized ? 0.99 : 0.95;
                var recall = Recall(results, exact);
                report.Add(new BenchFigure(scenario, "recall@10 vs exact", recall, "", 1, "exact", $"≥ {minimum}", recall >= minimum) { HigherIsBetter = true });
            }

            report.Add(new BenchFigure(scenario, "index load from SQLite (first query)", loadMs, "ms"));
            if (mode == VectorSearchMode.Ivf && exact is not null)
            {
                // The recall/latency trade-off: the store reads IvfProbes from its options on every search.
                var configured = options.IvfProbes;
                foreach (var probes in new[] { 4, 16 })
                {
                    options.IvfProbes = probes;
                    var (sweep, found) = await MeasureAsync(collection, queries, ct);
                    report.Add(new BenchFigure($"{scenario}, {probes} probes", "recall@10 vs exact", Recall(found, exact), "") { HigherIsBetter = true, Note = $"default: {configured} probes" });
                    report.Add(BenchFigure.Latency($"{scenario}, {probes} probes", sweep, baseline, "scalar loop over SQLite"));
                }
            }
        }
    }

    private static double Recall(List<List<string>> found, List<List<string>> exact) =>
        found.Zip(exact, (a, e) => e.Count == 0 ? 1 : a.Intersect(e).Count() / (double)e.Count).Average();

    private (string? Target, bool? Met) Target(VectorSearchMode mode, double p50) => (rows, dimensions, mode) switch
    {
        (100_000, 384, VectorSearchMode.Exact) => ("p50 ≤ 10 ms", p50 <= 10),
        (100_000, 384, VectorSearchMode.Quantized) => ("p50 ≤ 4 ms", p50 <= 4),
        (>= 1_000_000, 384, not VectorSearchMode.Exact) => ("p50 ≤ 20 ms", p50 <= 20),
        _ => (null, null),
    };

    private static async Task<(LatencyStats Stats, List<List<string>> Results)> MeasureAsync(
        SqliteCollection<VectorRecord> collection, IReadOnlyList<ReadOnlyMemory<float>> queries, CancellationToken ct)
    {
        var results = new List<List<string>>(queries.Count);
        foreach (var query in queries)
        {
            results.Add(await TopAsync(collection, query, ct));
        }

        var stats = await LatencyStats.MeasureAsync(queries, queries.Count, 5, q => TopAsync(collection, q, ct));
        return (stats, results);
    }

    private VectorSearchMode AutoChoice(int rows)
    {
        var defaults = new StoreOptions();
        return (long)rows * dimensions >= (long)defaults.ApproximateFromRows * 384 ? VectorSearchMode.Ivf
            : rows >= defaults.QuantizedFromRows ? VectorSearchMode.Quantized
            : VectorSearchMode.Exact;
    }

    private static async Task<List<string>> TopAsync(SqliteCollection<VectorRecord> collection, ReadOnlyMemory<float> query, CancellationToken ct)
    {
        var keys = new List<string>(10);
        await foreach (var hit in collection.SearchAsync(query, 10, cancellationToken: ct))
        {
            keys.Add(hit.Record.Key);
        }

        return keys;
    }
}
