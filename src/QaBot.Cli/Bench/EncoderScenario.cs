using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using QaBot.Core.Embeddings;
using QaBot.Core.Ingestion;

namespace QaBot.Cli.Bench;

/// <summary>
/// Ingestion with the sentence encoder on 1 thread and on all threads (<c>Embeddings:Threads</c>): the same State of the
/// Union documents, every sentence new, through the real <see cref="ArticleIngestor"/> into a scratch store per thread
/// count. Reports chunks/s and sentences/s (baseline: the same sentences one per network call), and the network's FLOPs
/// per second against what ONNX Runtime's matrix multiply achieves on this CPU with the same threads (<see cref="MatMulPeak"/>).
/// </summary>
internal static class EncoderScenario
{
    private const int BaselineSentences = 120;

    public static async Task RunAsync(BenchReport report, string folder, IReadOnlyList<string> files, CancellationToken ct)
    {
        foreach (var threads in new[] { 1, Environment.ProcessorCount }.Distinct())
        {
            await using var store = TextStore.Create(folder, $"encoder-{threads}");
            // 0 is the default ("all cores"): the all-threads run uses the very encoder every other command loads.
            var setting = threads == 1 ? "1" : "0";
            var services = await store.ServicesAsync(ct, ("Embeddings:Threads", setting));
            var encoder = services.GetRequiredService<EmbeddingModel>().Generator?.GetService<SentenceEncoder>()
                ?? throw new InvalidOperationException("the bench needs the local sentence encoder (Embeddings:Provider ArcticXs)");
            var ingestor = services.GetRequiredService<ArticleIngestor>();
            encoder.Encode(["warm-up"], ct);

            var before = encoder.Work;
            var start = Stopwatch.GetTimestamp();
            var result = await ingestor.IngestAsync(files, new IngestRequest(), null, ct);
            var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
            var work = encoder.Work - before;
            if (result.Failed.Count > 0 || result.Chunks == 0)
            {
                throw new InvalidOperationException($"bench encoder ingestion failed: {(result.Failed.Count > 0 ? result.Failed[0].Reason : "no chunks")}");
            }

            var oneByOne = OneByOneSentencesPerSecond(encoder, files, ct);
            var peak = MatMulPeak.Measure(threads, repetitions: 8);
            var label = threads == 1 ? "1 thread" : $"all {threads} threads";
            var scenario = $"ingest with the encoder, {label}: {result.Added} documents → {result.Chunks:#,0} chunks, {work.Texts:#,0} sentences and titles";
            report.Add(new BenchFigure(scenario, "chunks/s", result.Chunks / seconds, "chunks/s") { HigherIsBetter = true });
            report.Add(new BenchFigure(scenario, "sentences/s", work.Texts / seconds, "sentences/s", oneByOne, "one sentence per network call")
            {
                HigherIsBetter = true,
            });
            var perToken = EncoderNetwork.Flops(work.PaddedTokens, work.PaddedTokenPairs) / work.PaddedTokens / 1e6;
            report.Add(new BenchFigure(scenario, "network GFLOP/s (whole ingestion time)", work.Flops / seconds / 1e9, "GFLOP/s", peak,
                "ONNX Runtime MatMul 2048×384 · 384×1536, same threads",
                Note: string.Create(CultureInfo.InvariantCulture,
                    $"{work.Tokens / (double)work.Texts:0.0} tokens per text, {work.PaddingShare:P0} padding, {perToken:0.0} MFLOP per computed token; {work.Tokens / seconds:#,0} tokens/s"))
            {
                HigherIsBetter = true,
            });
        }
    }

    /// <summary>Sentences/s embedding the first sentences of <paramref name="files"/> one network call each (no batching).</summary>
    private static double OneByOneSentencesPerSecond(SentenceEncoder encoder, IReadOnlyList<string> files, CancellationToken ct)
    {
        var sentences = files.SelectMany(f => SentenceVectors.Sentences(File.ReadAllText(f))).Take(BaselineSentences).ToList();
        var start = Stopwatch.GetTimestamp();
        foreach (var sentence in sentences)
        {
            encoder.Encode([sentence], ct);
        }

        return sentences.Count / Stopwatch.GetElapsedTime(start).TotalSeconds;
    }
}
