using System.Diagnostics;
using QaBot.Core.Corpora;
using QaBot.Core.Store;
using Spectre.Console;

namespace QaBot.Cli.Bench;

/// <summary>
/// Runs every scenario of a <see cref="BenchPlan"/> in order — corpus, encoder throughput, a fresh clone's first answer,
/// ingestion and text search growing one store to each text scale, end-to-end answers, cold start and memory, then the
/// synthetic vector collections — and writes the report.
/// </summary>
internal sealed class BenchRunner(BenchPlan plan)
{
    private static readonly VectorSearchMode[] Modes = [VectorSearchMode.Exact, VectorSearchMode.Quantized, VectorSearchMode.Ivf];

    public async Task<BenchReport> RunAsync(CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var report = new BenchReport(plan.Quick);
        if (!BenchReport.IsOptimized())
        {
            report.Note("this is a Debug build: figures are pessimistic; run `dotnet run -c Release --project src/QaBot.Cli -- bench`");
        }

        report.Note($"load average at start: {MachineLoad.Now()?.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) ?? "n/a"} on {Environment.ProcessorCount} cores");
        if (plan.RunsText)
        {
            await RunTextAsync(report, ct);
        }

        if (plan.RunsVectors)
        {
            await RunVectorsAsync(report, ct);
        }

        report.Note($"load average at end: {MachineLoad.Now()?.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) ?? "n/a"}; wall time {clock.Elapsed.TotalMinutes:0.0} min");
        return report;
    }

    private async Task RunTextAsync(BenchReport report, CancellationToken ct)
    {
        var queries = BenchQueries.Load();
        Step("distractor corpus");
        var speeches = (await SotuCorpus.LoadAsync(plan.CacheDirectory, Say, ct)).TakeLast(plan.Speeches).ToList();
        var documents = new DistractorDocuments(speeches);
        ResetDirectory(plan.CorpusDirectory);
        var sotuFiles = documents.WriteSpeeches(Path.Combine(plan.CorpusDirectory, "sotu"));
        Say($"{speeches.Count} speeches cut into {sotuFiles.Count} documents");
        var articles = Directory.GetFiles("data/articles", "*.txt").Order(StringComparer.Ordinal).ToList();

        Step("ingestion with the sentence encoder on 1 and all threads");
        await EncoderScenario.RunAsync(report, plan.StoresDirectory, [.. sotuFiles.Skip(sotuFiles.Count / 2).Take(plan.EncoderDocuments)], ct);

        Step("a fresh clone's first answer");
        await ColdStartScenario.FirstAnswerAsync(report, plan.StoresDirectory, plan.ColdStarts, ct);

        Step("5 sample articles alone (baseline for answers)");
        await using var sample = TextStore.Create(plan.StoresDirectory, "sample");
        await new IngestionScenario(sample).IngestAsync(articles, remixed: false, ct);
        var sampleAsk = await AskScenario.MeasureAsync(sample, queries, plan.Runs, ct);

        await using var text = TextStore.Create(plan.StoresDirectory, "text");
        var ingestion = new IngestionScenario(text);
        await ingestion.IngestAsync(articles, remixed: false, ct);
        var pending = new Queue<string>(sotuFiles);
        var coldStartDone = false;
        var postgresDone = false;
        foreach (var target in plan.TextScalesToRun)
        {
            Step($"growing the text store to {target:#,0} chunks");
            var chunks = await GrowAsync(text, ingestion, documents, pending, target, ct);
            await ingestion.ReportSizeAsync(report, ct);
            Step($"full-text, hybrid and ask at {chunks:#,0} chunks");
            await FullTextScenario.RunAsync(report, text, chunks, queries, plan.RunsAt(chunks), plan.BaselineRunsAt(chunks), ct);
            await HybridScenario.RunAsync(report, text, chunks, queries, plan.RunsAt(chunks), plan.BaselineRunsAt(chunks), ct);
            AskScenario.Report(report, chunks, await AskScenario.MeasureAsync(text, queries, plan.RunsAt(chunks), ct), sampleAsk);
            if (plan.Postgres is { } postgres && !postgresDone && (chunks >= 100_000 || target == plan.TextScalesToRun[^1]))
            {
                Step($"the same at {chunks:#,0} chunks on PostgreSQL");
                await PostgresScenario.RunAsync(report, text, chunks, queries, postgres, Math.Min(plan.RunsAt(chunks), 60), ct);
                postgresDone = true;
            }

            if (!coldStartDone && (chunks >= 100_000 || target == plan.TextScalesToRun[^1]))
            {
                Step("cold start and serving memory");
                await ColdStartScenario.RunAsync(report, text, chunks, plan.ColdStarts, ct);
                coldStartDone = true;
            }
        }

        ingestion.Report(report);
        if (!plan.Quick)
        {
            report.Note("not measured: text stores of 1M chunks (about 80k more remixed documents to write and ingest on top of the 100k store; " +
                "the vector scenarios cover 1M × 384 search)");
        }

        await text.DisposeAsync();
        await sample.DisposeAsync();
    }

    private async Task RunVectorsAsync(BenchReport report, CancellationToken ct)
    {
        foreach (var (rows, dimensions) in plan.VectorScales)
        {
            Step($"vector search over {rows:#,0} × {dimensions} synthetic vectors");
            var vectors = new VectorSearchScenario(plan.StoresDirectory, rows, dimensions);
            await vectors.BuildAsync(report, ct);
            await vectors.RunAsync(report, Modes, rows >= 1_000_000 ? Math.Min(plan.VectorQueries, 100) : plan.VectorQueries, rows >= 1_000_000 ? 2 : plan.BaselineRuns, ct);
            if (rows == 100_000 && dimensions == 384)
            {
                await ColdStartScenario.ServingVectorsAsync(report, vectors, rows, dimensions, ct);
            }

            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(vectors.DbPath + suffix);
            }
        }

        if (!plan.Quick)
        {
            report.Note("not measured: 1M × 1536 (6.1 GB of float32 in memory plus 1.5 GB of int8 codes, and a 6 GB SQLite file to write and read back — " +
                "it fits 24 GiB but writing it alone would take most of the 15-minute budget on 2 cores; 100k × 1536 shows the per-dimension cost)");
        }
    }

    private async Task<long> GrowAsync(TextStore store, IngestionScenario ingestion, DistractorDocuments documents, Queue<string> pending, int target, CancellationToken ct)
    {
        var chunks = await store.ChunkCountAsync(ct);
        var files = 0;
        var remixFolder = Path.Combine(plan.CorpusDirectory, "remix");
        while (chunks < target)
        {
            // About 8 chunks per 4,000-character document; smaller batches near the target keep the overshoot small.
            var size = Math.Clamp((int)((target - chunks) / 8), 10, 400);
            var batch = new List<string>(size);
            while (batch.Count < size && pending.TryDequeue(out var file))
            {
                batch.Add(file);
            }

            await ingestion.IngestAsync(batch, remixed: false, ct);
            var remixed = documents.WriteRemixed(remixFolder, size - batch.Count);
            await ingestion.IngestAsync(remixed, remixed: true, ct);
            files += batch.Count + remixed.Count;
            var before = chunks;
            chunks = await store.ChunkCountAsync(ct);
            if (chunks / 5_000 != before / 5_000 || chunks >= target)
            {
                Say($"{chunks:#,0} chunks ({files:#,0} documents added)");
            }
        }

        return chunks;
    }

    private static void ResetDirectory(string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }

        Directory.CreateDirectory(path);
    }

    private static void Step(string text) => AnsiConsole.MarkupLine($"[bold]{Markup.Escape(text)}[/]");

    private static void Say(string text) => AnsiConsole.MarkupLine($"  [grey]{Markup.Escape(text)}[/]");
}
