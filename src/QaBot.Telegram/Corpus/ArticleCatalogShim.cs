// TEMPORARY: stands in for QaBot.Core.Store.ArticleCatalog (store helper) until it lands on main; delete on merge.
namespace QaBot.Core.Store;

/// <summary>Temporary copy of the store's contract.</summary>
public sealed record StoredArticle(
    string Id, string Title, DateOnly? Date, Uri? Url, string SourcePath, string ContentHash, int ChunkCount, DateTimeOffset IngestedAt);

/// <summary>Temporary stand-in; the real catalog reads the store.</summary>
public sealed class ArticleCatalog
{
    /// <summary>All articles, by id.</summary>
    public Task<IReadOnlyList<StoredArticle>> ListAsync(CancellationToken cancellationToken = default)
        => Task.FromResult<IReadOnlyList<StoredArticle>>([]);
}
