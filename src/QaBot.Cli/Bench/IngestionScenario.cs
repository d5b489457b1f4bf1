using System.Diagnostics;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using QaBot.Core.Embeddings;
using QaBot.Core.Ingestion;

namespace QaBot.Cli.Bench;

/// <summary>
/// Ingestion through the real <see cref="ArticleIngestor"/> with the default local embeddings (the ArcticXs encoder) while
/// the bench store grows, timed per kind of document: real documents (the sample articles and the State of the Union
/// speeches, whose sentences are new and run through the network) and remixed ones (runs of sentences already embedded,
/// whose chunk vectors are means of cached sentence vectors). Also the store's size on disk.
/// </summary>
internal sealed class IngestionScenario(TextStore store)
{
    private readonly Dictionary<bool, Totals> _totals = new() { [false] = new(), [true] = new() };
    private long _payloadBytes;

    /// <summary>Ingests <paramref name="files"/> (timed; the figures accumulate over calls per kind).</summary>
    public async Task IngestAsync(IReadOnlyList<string> files, bool remixed, CancellationToken ct)
    {
        if (files.Count == 0)
        {
            return;
        }

        var services = await store.ServicesAsync(ct);
        var ingestor = services.GetRequiredService<ArticleIngestor>();
        var encoder = services.GetRequiredService<EmbeddingModel>().Generator?.GetService<SentenceEncoder>();
        var before = encoder?.Work ?? default;
        var start = Stopwatch.GetTimestamp();
        var result = await ingestor.IngestAsync(files, new IngestRequest(), null, ct);
        var totals = _totals[remixed];
        totals.Elapsed += Stopwatch.GetElapsedTime(start);
        if (result.Failed.Count > 0)
        {
            throw new InvalidOperationException($"bench ingestion failed for {result.Failed[0].Path}: {result.Failed[0].Reason}");
        }

        totals.Documents += result.Added + result.Updated;
        totals.Chunks += result.Chunks;
        totals.Embedded += ((encoder?.Work ?? default) - before).Texts;
        _payloadBytes += files.Sum(f => new FileInfo(f).Length);
    }

    /// <summary>Throughput of each kind of document ingested so far.</summary>
    public void Report(BenchReport report)
    {
        foreach (var (remixed, t) in _totals.Where(p => p.Value.Chunks > 0))
        {
            var what = remixed
                ? $"ingest {t.Documents:#,0} remixed documents → {t.Chunks:#,0} chunks ({t.Embedded:#,0} new texts embedded: their titles)"
                : $"ingest {t.Documents:#,0} real documents (5 articles, State of the Union) → {t.Chunks:#,0} chunks, {t.Embedded:#,0} sentences and titles embedded";
            report.Add(new BenchFigure(what, "chunks/s", t.Chunks / t.Elapsed.TotalSeconds, "chunks/s", Note: $"{t.Elapsed.TotalMinutes:0.0} min in all")
            {
                HigherIsBetter = true,
            });
        }
    }

    /// <summary>The store's size on disk now, beside the raw payload it holds (text files + float32 vectors).</summary>
    public async Task ReportSizeAsync(BenchReport report, CancellationToken ct)
    {
        var services = await store.ServicesAsync(ct);
        var dimensions = services.GetRequiredService<EmbeddingModel>().Dimensions;
        var total = await store.ChunkCountAsync(ct);
        var payload = _payloadBytes + (total * dimensions * sizeof(float));
        report.Add(new BenchFigure($"store on disk at {total:#,0} chunks", "SQLite file + WAL", store.BytesOnDisk() / 1048576.0, "MB",
            payload / 1048576.0, "raw text + float32 chunk vectors", Note: "includes the FTS5 index, the sentence vectors, the catalog (full article text) and B-tree overhead"));
    }

    private sealed class Totals
    {
        public TimeSpan Elapsed { get; set; }

        public int Documents { get; set; }

        public int Chunks { get; set; }

        public long Embedded { get; set; }
    }
}
