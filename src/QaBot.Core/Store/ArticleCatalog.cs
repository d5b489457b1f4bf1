namespace QaBot.Core.Store;

/// <summary>An ingested article as the store remembers it (the text itself is kept apart, see <see cref="ArticleCatalog.GetTextAsync"/>).</summary>
public sealed record StoredArticle(
    string Id,
    string Title,
    DateOnly? Date,
    Uri? Url,
    string SourcePath,
    string ContentHash,
    int ChunkCount,
    DateTimeOffset IngestedAt);

/// <summary>
/// The articles in a store and their cleaned full text, used to skip unchanged files on re-ingest and to show
/// passages. Writes join the ambient transaction of <see cref="QaBotVectorStore.RunInTransactionAsync"/>.
/// Each store has one (<see cref="QaBotVectorStore.Articles"/>).
/// </summary>
public abstract class ArticleCatalog
{
    /// <summary>The article with this id, or null.</summary>
    public abstract Task<StoredArticle?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>All articles, by id.</summary>
    public abstract Task<IReadOnlyList<StoredArticle>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>True when at least one article is stored (a single-row probe, not a listing).</summary>
    public abstract Task<bool> AnyAsync(CancellationToken cancellationToken = default);

    /// <summary>Adds or replaces an article; when <paramref name="text"/> is given, its cleaned full text too.</summary>
    public abstract Task UpsertAsync(StoredArticle article, string? text = null, CancellationToken cancellationToken = default);

    /// <summary>Removes an article and its text (its chunks live in the chunk collection: delete them there, in the same transaction).</summary>
    public abstract Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The cleaned full text of an article (chunk offsets index into it), or null.</summary>
    public abstract Task<string?> GetTextAsync(string id, CancellationToken cancellationToken = default);
}
