using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.VectorData;
using Npgsql;
using QaBot.Core.Answering;
using QaBot.Core.Embeddings;
using QaBot.Core.Retrieval;
using QaBot.Core.Store;

namespace QaBot.Cli.Bench;

/// <summary>
/// The text scenarios again with the store in PostgreSQL (<c>bench --postgres CONNECTION</c>): the SQLite text store is
/// copied over with <see cref="StoreCopier"/> (timed), then full-text, vector, hybrid and ask latencies are measured on
/// both stores in the same run, SQLite being the baseline, with the HNSW index's recall@10 against SQLite's exact scan.
/// On PGlite (PostgreSQL compiled to WebAssembly, one thread) every figure is labelled as not representative.
/// </summary>
internal static class PostgresScenario
{
    public static async Task RunAsync(BenchReport report, TextStore sqlite, long chunks, IReadOnlyList<string> queries, string connectionString, int runs, CancellationToken ct)
    {
        var server = await ResetAsync(connectionString, ct);
        var wasm = server.Contains("PGlite", StringComparison.OrdinalIgnoreCase);
        var label = wasm ? "PostgreSQL = PGlite (WASM, one thread: not representative of a server)" : "PostgreSQL";
        report.Note($"{label}: {server}");
        await using var postgres = TextStore.CreatePostgres(Path.GetDirectoryName(sqlite.ConfigPath)!, "postgres", connectionString);

        // One service provider per store (PGlite serves one connection at a time), both retrieving the top 10.
        var pgServices = await postgres.ServicesAsync(ct, ("Retrieval:TopK", "10"));
        var sqServices = await sqlite.ServicesAsync(ct, ("Retrieval:TopK", "10"));
        var source = sqServices.GetRequiredService<QaBotVectorStore>();
        var target = pgServices.GetRequiredService<QaBotVectorStore>();
        var clock = Stopwatch.StartNew();
        var copied = await new StoreCopier(source, target).CopyAsync(null, ct);
        report.Add(new BenchFigure($"copy into {label} @ {copied.Chunks:#,0} chunks", "chunks/s", copied.Chunks / clock.Elapsed.TotalSeconds, "chunks/s",
            Note: $"{clock.Elapsed.TotalSeconds:0} s incl. HNSW and GIN index maintenance; " +
                (wasm ? "batched INSERTs (binary COPY hangs PGlite)" : "binary COPY in batches of 1,000")) { HigherIsBetter = true });

        var scenario = $"@ {chunks:#,0} chunks, {label}";
        var pgKeyword = pgServices.GetRequiredService<IKeywordSearchable<ChunkRecord>>();
        var sqKeyword = sqServices.GetRequiredService<IKeywordSearchable<ChunkRecord>>();
        var pg = await LatencyStats.MeasureAsync(queries, runs, queries.Count, q => pgKeyword.KeywordSearchAsync(q, 10, cancellationToken: ct).ToListAsync(ct).AsTask());
        var sq = await LatencyStats.MeasureAsync(queries, runs, queries.Count, q => sqKeyword.KeywordSearchAsync(q, 10, cancellationToken: ct).ToListAsync(ct).AsTask());
        report.Add(BenchFigure.Latency("full-text top-10 (BM25) " + scenario, pg, sq, "SQLite FTS5, same run"));

        var generator = sqServices.GetRequiredService<EmbeddingModel>().Generator;
        if (generator is not null)
        {
            var vectors = (await generator.GenerateAsync(queries, cancellationToken: ct)).Select(e => e.Vector).ToList();
            var pgChunks = pgServices.GetRequiredService<VectorStoreCollection<string, ChunkRecord>>();
            var sqChunks = sqServices.GetRequiredService<VectorStoreCollection<string, ChunkRecord>>();
            pg = await LatencyStats.MeasureAsync(vectors, runs, vectors.Count, v => pgChunks.SearchAsync(v, 10, cancellationToken: ct).ToListAsync(ct).AsTask());
            sq = await LatencyStats.MeasureAsync(vectors, runs, vectors.Count, v => sqChunks.SearchAsync(v, 10, cancellationToken: ct).ToListAsync(ct).AsTask());
            report.Add(BenchFigure.Latency("vector top-10 (HNSW) " + scenario, pg, sq, "SQLite in-memory scan, same run"));
            var recall = 0.0;
            foreach (var v in vectors)
            {
                var exact = await sqChunks.SearchAsync(v, 10, cancellationToken: ct).Select(r => r.Record.Key).ToListAsync(ct);
                var approximate = await pgChunks.SearchAsync(v, 10, cancellationToken: ct).Select(r => r.Record.Key).ToListAsync(ct);
                recall += exact.Count == 0 ? 1 : approximate.Intersect(exact).Count() / (double)exact.Count;
            }

            report.Add(new BenchFigure("vector top-10 (HNSW) " + scenario, "recall@10 vs exact", recall / vectors.Count, "share") { HigherIsBetter = true });
        }

        var pgRetriever = pgServices.GetRequiredService<HybridRetriever>();
        var sqRetriever = sqServices.GetRequiredService<HybridRetriever>();
        pg = await LatencyStats.MeasureAsync(queries, runs, queries.Count, q => pgRetriever.RetrieveAsync(q, ct));
        sq = await LatencyStats.MeasureAsync(queries, runs, queries.Count, q => sqRetriever.RetrieveAsync(q, ct));
        report.Add(BenchFigure.Latency("hybrid top-10 " + scenario, pg, sq, "SQLite, same run"));

        var pgAnswers = pgServices.GetRequiredService<AnswerService>();
        var sqAnswers = sqServices.GetRequiredService<AnswerService>();
        pg = await LatencyStats.MeasureAsync(queries, runs, queries.Count, q => pgAnswers.AskAsync(new Question(q), ct));
        sq = await LatencyStats.MeasureAsync(queries, runs, queries.Count, q => sqAnswers.AskAsync(new Question(q), ct));
        report.Add(BenchFigure.Latency("ask (offline, end to end, top 10) " + scenario, pg, sq, "SQLite, same run"));
    }

    /// <summary>Drops schema <c>qabot</c> (the bench's own database: it says so in --help) and returns the server's version string.</summary>
    private static async Task<string> ResetAsync(string connectionString, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
        await connection.OpenAsync(ct);
        await using var drop = new NpgsqlCommand("DROP SCHEMA IF EXISTS qabot CASCADE", connection);
        await drop.ExecuteNonQueryAsync(ct);
        await using var version = new NpgsqlCommand("SELECT version()", connection);
        return (string)(await version.ExecuteScalarAsync(ct))!;
    }
}
