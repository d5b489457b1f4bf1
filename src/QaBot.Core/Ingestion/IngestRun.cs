using QaBot.Core.Articles;
using QaBot.Core.Store;

namespace QaBot.Core.Ingestion;

/// <summary>
/// One ingest run's bookkeeping: the stored articles by id and by source, the ids used so far in the run, and the
/// tallies for the report. Decides identity: a source already stored keeps its id; two sources that map to one id
/// are a conflict naming both — never a silent replace — unless the earlier file is gone (it moved) or both are web
/// addresses of the same page.
/// </summary>
internal sealed class IngestRun
{
    private readonly Dictionary<string, StoredArticle> _byId;
    private readonly Dictionary<string, StoredArticle> _bySource;
    private readonly Dictionary<string, string> _seen = new(StringComparer.Ordinal);
    private readonly List<string> _written = [];

    private IngestRun(IReadOnlyList<StoredArticle> stored)
    {
        _byId = stored.ToDictionary(a => a.Id, StringComparer.Ordinal);
        _bySource = new Dictionary<string, StoredArticle>(StringComparer.Ordinal);
        foreach (var article in stored)
        {
            _bySource.TryAdd(article.SourcePath, article);
        }
    }

    public int Added { get; private set; }

    public int Updated { get; private set; }

    public int Skipped { get; set; }

    public int Pruned { get; set; }

    public int Chunks { get; private set; }

    public List<IngestFailure> Failed { get; } = [];

    public List<IngestFailure> Ignored { get; } = [];

    /// <summary>Every stored article as the run knows it.</summary>
    public IEnumerable<StoredArticle> Stored => _byId.Values;

    public static async Task<IngestRun> StartAsync(ArticleCatalog catalog, CancellationToken ct) => new(await catalog.ListAsync(ct));

    /// <summary>The stored article with this id, if any.</summary>
    public StoredArticle? ById(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The stored article for a source, if any.</summary>
    public StoredArticle? BySource(string source) => _bySource.GetValueOrDefault(source);

    /// <summary>The id <paramref name="article"/> is stored under, the version it replaces, or why it cannot be stored.</summary>
    public (Article Article, StoredArticle? Existing, string? Conflict) Resolve(Article article)
    {
        if (_bySource.TryGetValue(article.SourcePath, out var same) && same.Id != article.Id)
        {
            article = article with { Id = same.Id };
        }

        if (_seen.TryGetValue(article.Id, out var other) && other != article.SourcePath)
        {
            return (article, null, $"maps to the same article id '{article.Id}' as {other}; rename one of them");
        }

        var existing = _byId.GetValueOrDefault(article.Id);
        if (existing is not null && existing.SourcePath != article.SourcePath && StillThere(existing.SourcePath, article.SourcePath))
        {
            return (article, existing,
                $"maps to the article id '{article.Id}' already taken by {existing.SourcePath}; ingest the folder holding both "
                + "(each then keeps its own path as id) or rename one");
        }

        _seen[article.Id] = article.SourcePath;
        return (article, existing, null);
    }

    /// <summary>Records a written article (added or updated).</summary>
    public void Wrote(StoredArticle stored, StoredArticle? replaced)
    {
        if (replaced is null)
        {
            Added++;
        }
        else
        {
            Updated++;
            _bySource.Remove(replaced.SourcePath);
        }

        _byId[stored.Id] = stored;
        _bySource[stored.SourcePath] = stored;
        _written.Add(stored.Id);
        Chunks += stored.ChunkCount;
    }

    /// <summary>Records a deleted article.</summary>
    public void Deleted(StoredArticle article)
    {
        _byId.Remove(article.Id);
        _bySource.Remove(article.SourcePath);
        Pruned++;
    }

    public IngestReport Report(TimeSpan elapsed, int reembedded) =>
        new(Added, Updated, Skipped, Pruned, Failed, Chunks, elapsed) { Ignored = Ignored, Written = _written, Reembedded = reembedded };

    /// <summary>True for a web address (http/https) rather than a file path.</summary>
    public static bool IsWebSource(string source) => ArticleIds.IsWebAddress(source, out _);

    private static bool StillThere(string earlier, string later) =>
        IsWebSource(earlier) ? !IsWebSource(later) : File.Exists(earlier);
}
