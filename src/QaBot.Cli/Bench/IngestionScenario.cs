using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using QaBot.Core.Articles;
using QaBot.Core.Chunking;
using QaBot.Core.Embeddings;
using QaBot.Core.Ingestion;
using QaBot.Core.Store;

namespace QaBot.Cli.Bench;

/// <summary>
/// Ingestion throughput with the default local embeddings (the ArcticXs encoder), through the real <see cref="ArticleIngestor"/>, and
/// the store's size on disk. Baseline: the same work done naively — each chunk embedded alone and written in its own
/// transaction.
/// </summary>
internal sealed class IngestionScenario(TextStore store)
{
    private const int BaselineChunks = 600;
    private TimeSpan _elapsed;
    private int _articles;
    private int _chunks;
    private long _payloadBytes;

    /// <summary>Ingests <paramref name="files"/> (timed; the figures accumulate over calls).</summary>
    public async Task IngestAsync(IReadOnlyList<string> files, CancellationToken ct)
    {
        var ingestor = (await store.ServicesAsync(ct)).GetRequiredService<ArticleIngestor>();
        var start = Stopwatch.GetTimestamp();
        var result = await ingestor.IngestAsync(files, new IngestRequest(), null, ct);
        _elapsed += Stopwatch.GetElapsedTime(start);
        if (result.Failed.Count > 0)
        {
            throw new InvalidOperationException($"bench ingestion failed for {result.Failed[0].Path}: {result.Failed[0].Reason}");
        }

        _articles += result.Added + result.Updated;
        _chunks += result.Chunks;
        _payloadBytes += files.Sum(f => new FileInfo(f).Length);
    }

    public async Task ReportAsync(BenchReport report, IReadOnlyList<string> sampleFiles, string scratchFolder, CancellationToken ct)
    {
        var services = await store.ServicesAsync(ct);
        var dimensions = services.GetRequiredService<EmbeddingModel>().Dimensions;
        var naive = await NaiveChunksPerSecondAsync(services, sampleFiles, scratchFolder, ct);
        var chunksPerSecond = _chunks / _elapsed.TotalSeconds;
        var scenario = $"ingest {_articles:#,0} articles → {_chunks:#,0} chunks (encoder {dimensions}-d)";
        report.Add(new BenchFigure(scenario, "chunks/s", chunksPerSecond, "chunks/s", naive, "naive: load, chunk, then 1 chunk per embed call + transaction",
            "≥ 2,000", chunksPerSecond >= 2000) { HigherIsBetter = true });
        report.Add(new BenchFigure(scenario, "articles/s", _articles / _elapsed.TotalSeconds, "articles/s") { HigherIsBetter = true });
    }

    /// <summary>The store's size on disk now, beside the raw payload it holds (text files + float32 vectors).</summary>
    public async Task ReportSizeAsync(BenchReport report, CancellationToken ct)
    {
        var services = await store.ServicesAsync(ct);
        var dimensions = services.GetRequiredService<EmbeddingModel>().Dimensions;
        var total = await store.ChunkCountAsync(ct);
        var payload = _payloadBytes + (total * dimensions * sizeof(float));
        report.Add(new BenchFigure($"store on disk at {total:#,0} chunks", "SQLite file + WAL", store.BytesOnDisk() / 1048576.0, "MB",
            payload / 1048576.0, "raw text + float32 vectors", Note: "includes the FTS5 index, the catalog (full article text) and B-tree overhead"));
    }

    /// <summary>Chunks/s of the naive pipeline on the chunks of <paramref name="files"/>, into a scratch store.</summary>
    private static async Task<double> NaiveChunksPerSecondAsync(IServiceProvider services, IReadOnlyList<string> files, string scratchFolder, CancellationToken ct)
    {
        var loader = services.GetRequiredService<ArticleLoader>();
        var chunker = services.GetRequiredService<TextChunker>();
        var generator = services.GetRequiredService<EmbeddingModel>().Generator
            ?? throw new InvalidOperationException("the bench needs the local sentence encoder (Embeddings:Provider ArcticXs)");
        var path = Path.Combine(scratchFolder, "naive-ingest.db");
        Directory.CreateDirectory(scratchFolder);
        File.Delete(path);
        using var scratch = new SqliteVectorStore(path);
        var collection = scratch.GetChunkCollection(services.GetRequiredService<EmbeddingModel>().Dimensions);
        await collection.EnsureCollectionExistsAsync(ct);
        var start = Stopwatch.GetTimestamp();
        var written = 0;
        foreach (var file in files)
        {
            if (loader.Load(file).Article is not { } article)
            {
                continue;
            }

            foreach (var chunk in chunker.Chunk(article))
            {
                var embedding = await generator.GenerateAsync([$"{chunk.Title}\n{chunk.Text}"], cancellationToken: ct);
                await collection.UpsertAsync(ChunkRecord.From(chunk, embedding[0].Vector), ct);
                written++;
            }

            if (written >= BaselineChunks)
            {
                break;
            }
        }

        return written / Stopwatch.GetElapsedTime(start).TotalSeconds;
    }
}
