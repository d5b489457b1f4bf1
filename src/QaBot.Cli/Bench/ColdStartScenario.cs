namespace QaBot.Cli.Bench;

/// <summary>
/// Process start to first answer: <c>qabot ask</c> spawned as a fresh process against a store (runtime start, DI,
/// encoder loaded, vector index loaded from SQLite, retrieval, answer, exit), and a fresh clone's first answer (an empty
/// store: the sample articles ingested and embedded, then the answer). Baseline: <c>qabot --version</c>, the same
/// executable doing nothing. Also the peak memory of a serving process (see <see cref="ServingProbe"/>).
/// </summary>
internal static class ColdStartScenario
{
    private const string Question = "What was the trade volume between Russia and China in 2023?";

    /// <summary>A fresh clone's first answer: <c>qabot ask</c> against an empty store, so it ingests and embeds data/articles first.</summary>
    public static async Task FirstAnswerAsync(BenchReport report, string folder, int runs, CancellationToken ct)
    {
        var times = new List<double>();
        var bare = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            await using var store = TextStore.Create(folder, "fresh-clone", autoIngest: true);
            var ask = await QabotProcess.RunAsync(["ask", Question, "--config", store.ConfigPath], ct);
            if (ask.ExitCode != 0)
            {
                throw new InvalidOperationException($"qabot ask on an empty store failed: {ask.Error.Trim()}");
            }

            if (i == 0 && !ask.Output.Contains("228", StringComparison.Ordinal))
            {
                report.Note($"the fresh-clone ask did not answer with 228: {ask.Output.Split('\n')[0]}");
            }

            times.Add(ask.Milliseconds);
            bare.Add((await QabotProcess.RunAsync(["--version"], ct)).Milliseconds);
        }

        var median = LatencyStats.Of(times).P50;
        report.Add(new BenchFigure($"fresh clone: first `qabot ask` on an empty store ({runs} runs)", "start → ingest 5 articles → answer (median)", median / 1000, "s",
            LatencyStats.Of(bare).P50 / 1000, "`qabot --version`", "≤ 5 s", median <= 5000)
        {
            P95 = LatencyStats.Of(times).P95 / 1000,
        });
    }

    public static async Task RunAsync(BenchReport report, TextStore store, long chunks, int runs, CancellationToken ct)
    {
        var times = new List<double>();
        var bare = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var ask = await QabotProcess.RunAsync(["ask", Question, "--config", store.ConfigPath], ct);
            if (ask.ExitCode != 0)
            {
                throw new InvalidOperationException($"qabot ask failed in the cold-start run: {ask.Error.Trim()}");
            }

            if (i == 0 && !ask.Output.Contains("228", StringComparison.Ordinal))
            {
                report.Note($"cold-start ask @ {chunks:#,0} chunks did not answer with 228: {ask.Output.Split('\n')[0]}");
            }

            times.Add(ask.Milliseconds);
            bare.Add((await QabotProcess.RunAsync(["--version"], ct)).Milliseconds);
        }

        var scenario = $"cold start: `qabot ask` process @ {chunks:#,0} chunks";
        report.Add(new BenchFigure(scenario, "start to answer (median)", LatencyStats.Of(times).P50, "ms", LatencyStats.Of(bare).P50, "`qabot --version`"));

        var probe = await QabotProcess.RunAsync(["bench", "--probe", "ask", "--config", store.ConfigPath], ct);
        if (probe.ExitCode != 0)
        {
            throw new InvalidOperationException($"the serving memory probe failed: {probe.Error.Trim()}");
        }

        report.Add(new BenchFigure($"serving process (ask) @ {chunks:#,0} chunks", "peak RSS", ServingProbe.PeakBytes(probe.Output) / 1048576.0, "MB",
            store.BytesOnDisk() / 1048576.0, "store size on disk", Note: "answers every bench question in one process"));
    }

    /// <summary>Peak memory of a process serving vector searches over a synthetic collection (target: ≤ 500 MB at 100k × 384).</summary>
    public static async Task ServingVectorsAsync(BenchReport report, VectorSearchScenario vectors, int rows, int dimensions, CancellationToken ct)
    {
        var probe = await QabotProcess.RunAsync(
            ["bench", "--probe", "vectors", "--probe-store", vectors.DbPath, "--probe-dims", dimensions.ToString(System.Globalization.CultureInfo.InvariantCulture)], ct);
        if (probe.ExitCode != 0)
        {
            throw new InvalidOperationException($"the serving memory probe failed: {probe.Error.Trim()}");
        }

        var mb = ServingProbe.PeakBytes(probe.Output) / 1048576.0;
        var raw = rows * (double)dimensions * sizeof(float) / 1048576.0;
        var target = rows == 100_000 && dimensions == 384;
        report.Add(new BenchFigure($"serving process (vector search, Auto) @ {vectors.Label}", "peak RSS", mb, "MB", raw, "raw float32 vectors",
            target ? "≤ 500 MB" : null, target ? mb <= 500 : null));
    }
}
