namespace QaBot.Cli.Bench;

/// <summary>What a bench run measures: sizes and repetitions for <c>--quick</c> (a few minutes) or the full run.</summary>
internal sealed record BenchPlan(
    bool Quick,
    string OutDirectory,
    IReadOnlyList<int> TextScales,
    int Speeches,
    int EncoderDocuments,
    IReadOnlyList<(int Rows, int Dimensions)> VectorScales,
    int Runs,
    int VectorQueries,
    int BaselineRuns,
    int ColdStarts)
{
    /// <summary>Run only the text scenarios (ingestion, full-text, hybrid, ask, cold start) or only the vector ones; null runs both.</summary>
    public string? Only { get; init; }

    /// <summary>With <c>--postgres CONNECTION</c>: the text scenarios at 100k chunks (10k with --quick) again on PostgreSQL.</summary>
    public string? Postgres { get; init; }

    public bool RunsText => Only is null or "text" or "postgres";

    public bool RunsVectors => Only is null or "vectors";

    /// <summary><c>--only postgres</c>: the text store grows to 100k chunks (10k with --quick) only, for the PostgreSQL comparison.</summary>
    public IReadOnlyList<int> TextScalesToRun => Only == "postgres" ? [Quick ? 10_000 : 100_000] : TextScales;

    public static BenchPlan For(bool quick, string outDirectory) => quick
        ? new(true, outDirectory, [10_000], Speeches: 6, EncoderDocuments: 4, [(10_000, 384), (100_000, 384)], Runs: 40, VectorQueries: 60, BaselineRuns: 3, ColdStarts: 2)
        : new(false, outDirectory, [10_000, 100_000], Speeches: int.MaxValue, EncoderDocuments: 30,
            [(10_000, 384), (100_000, 384), (1_000_000, 384), (10_000, 1536), (100_000, 1536)], Runs: 200, VectorQueries: 200, BaselineRuns: 5, ColdStarts: 5);

    /// <summary>Timed repetitions at a corpus size (fewer at a million chunks, where one naive query takes seconds).</summary>
    public int RunsAt(long chunks) => chunks >= 500_000 ? Math.Max(20, Runs / 4) : Runs;

    /// <summary>Naive-baseline repetitions at a corpus size.</summary>
    public int BaselineRunsAt(long chunks) => chunks >= 500_000 ? 2 : BaselineRuns;

    public string CorpusDirectory => Path.Combine(OutDirectory, "corpus");

    public string StoresDirectory => Path.Combine(OutDirectory, "stores");

    public string CacheDirectory => Path.Combine(OutDirectory, "cache");
}
