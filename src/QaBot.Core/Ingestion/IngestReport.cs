namespace QaBot.Core.Ingestion;

/// <summary>What an ingest run should do besides adding and updating.</summary>
/// <param name="Prune">Remove stored articles whose files are gone from the ingested folders.</param>
/// <param name="Rebuild">Drop everything stored (also vectors of another embedding model) and ingest from scratch.</param>
/// <param name="Reembed">Re-chunk and re-embed every stored article from its stored text with the configured model.</param>
public sealed record IngestRequest(bool Prune = false, bool Rebuild = false, bool Reembed = false);

/// <summary>A file or address that could not be ingested (or was left out), and why.</summary>
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
    /// <summary>Files in the ingested folders that were not read, each with the reason (unsupported type, hidden).</summary>
    public IReadOnlyList<IngestFailure> Ignored { get; init; } = [];

    /// <summary>Ids of the articles added or updated, in the order they were written.</summary>
    public IReadOnlyList<string> Written { get; init; } = [];

    /// <summary>Articles re-embedded from their stored text (<see cref="IngestRequest.Reembed"/> or a model change).</summary>
    public int Reembedded { get; init; }

    /// <summary>The one-line summary printed at the end of <c>qabot ingest</c>.</summary>
    public string Summary =>
        $"{Added} added, {Updated} updated, {Skipped} skipped, {Failed.Count} failed"
        + (Ignored.Count > 0 ? $", {Ignored.Count} ignored" : "")
        + (Pruned > 0 ? $", {Pruned} pruned" : "")
        + (Reembedded > 0 ? $", {Reembedded} re-embedded" : "")
        + $"; {Chunks} chunks written in {Elapsed.TotalSeconds:0.00} s";
}
