namespace QaBot.Core.Ingestion;

/// <summary>What an ingest run should do besides adding and updating.</summary>
/// <param name="Prune">Remove stored articles whose files are gone from the ingested folders.</param>
/// <param name="Rebuild">Drop everything stored (also vectors of another embedding model) and ingest from scratch.</param>
public sealed record IngestRequest(bool Prune = false, bool Rebuild = false);

/// <summary>A file that could not be ingested, and why.</summary>
public sealed record IngestFailure(string Path, string Reason);

/// <summary>Progress of an ingest run: files done of total, and the file being read.</summary>
public sealed record IngestProgress(int Done, int Total, string CurrentFile);

/// <summary>The outcome of an ingest run.</summary>
public sealed record IngestReport(
    int Added,
    int Updated,
    int Skipped,
    int Pruned,
    IReadOnlyList<IngestFailure> Failed,
    int Chunks,
    TimeSpan Elapsed)
{
    /// <summary>The one-line summary printed at the end of <c>qabot ingest</c>.</summary>
    public string Summary =>
        $"{Added} added, {Updated} updated, {Skipped} skipped, {Failed.Count} failed"
        + (Pruned > 0 ? $", {Pruned} pruned" : "")
        + $"; {Chunks} chunks written in {Elapsed.TotalSeconds:0.00} s";
}
