using Microsoft.Extensions.VectorData;
using QaBot.Core.Articles;
using QaBot.Core.Chunking;
using QaBot.Core.Embeddings;
using QaBot.Core.Store;

namespace QaBot.Core.Ingestion;

/// <summary>
/// Writes one article into the store: chunks it, embeds the chunks (through their sentences' vectors, see
/// <see cref="SentenceVectors"/>), and replaces any previous version in
/// one transaction (chunks and catalog row together, so a crash leaves the old version whole). Also deletes articles
/// and re-embeds the whole store from the stored article texts when the embedding model changed.
/// </summary>
public sealed class ArticleWriter(
    TextChunker chunker,
    SentenceVectors sentenceVectors,
    QaBotVectorStore store,
    VectorStoreCollection<string, ChunkRecord> chunks,
    ArticleCatalog catalog,
    TimeProvider time)
{
    /// <summary>Stores <paramref name="article"/>, replacing <paramref name="existing"/> (the stored version under the same id), and returns the stored row.</summary>
    public async Task<StoredArticle> WriteAsync(Article article, StoredArticle? existing, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(article);
        var pieces = chunker.Chunk(article);
        var records = await RecordsAsync(pieces, ct);
        var stored = new StoredArticle(article.Id, article.Title, article.Date, article.Url, article.SourcePath, article.ContentHash, pieces.Count, time.GetUtcNow());
        await store.RunInTransactionAsync(
            async t =>
            {
                if (existing is not null)
                {
                    await chunks.DeleteAsync(ChunkKeys(existing, from: pieces.Count), t);
                }

                await chunks.UpsertAsync(records, t);
                await catalog.UpsertAsync(stored, article.Text, t);
            },
            ct);
        return stored;
    }

    /// <summary>Removes an article and its chunks in one transaction.</summary>
    public Task DeleteAsync(StoredArticle article, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(article);
        return store.RunInTransactionAsync(
            async t =>
            {
                await chunks.DeleteAsync(ChunkKeys(article, from: 0), t);
                await catalog.DeleteAsync(article.Id, t);
            },
            ct);
    }

    /// <summary>
    /// Re-chunks and re-embeds every stored article from its stored text with the configured model, in one transaction
    /// that also records <paramref name="stamp"/>: the chunk collection is created anew (the vector size may differ), and
    /// a failure leaves the store as it was. Source files and pages are not read again. Returns the articles done.
    /// </summary>
    public async Task<(int Articles, int Chunks)> ReembedAllAsync(EmbeddingStamp stamp, IProgress<IngestProgress>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(stamp);
        var articles = await catalog.ListAsync(ct);
        int done = 0, written = 0;
        await store.RunInTransactionAsync(
            async t =>
            {
                await chunks.EnsureCollectionDeletedAsync(t);
                await chunks.EnsureCollectionExistsAsync(t);
                await sentenceVectors.ClearAsync(t);
                foreach (var stored in articles)
                {
                    progress?.Report(new IngestProgress(done, articles.Count, stored.SourcePath));
                    var text = await catalog.GetTextAsync(stored.Id, t) ?? "";
                    var article = new Article(stored.Id, stored.Title, stored.Date, stored.Url, text, stored.SourcePath, stored.ContentHash);
                    var pieces = text.Length == 0 ? [] : chunker.Chunk(article);
                    await chunks.UpsertAsync(await RecordsAsync(pieces, t), t);
                    await catalog.UpsertAsync(stored with { ChunkCount = pieces.Count }, cancellationToken: t);
                    written += pieces.Count;
                    done++;
                }

                await store.SetEmbeddingStampAsync(stamp, t);
            },
            ct);
        progress?.Report(new IngestProgress(done, articles.Count, ""));
        return (done, written);
    }

    private async Task<List<ChunkRecord>> RecordsAsync(IReadOnlyList<Chunk> pieces, CancellationToken ct)
    {
        var vectors = await sentenceVectors.EmbedChunksAsync(pieces, ct);
        return [.. pieces.Select((c, i) => ChunkRecord.From(c, vectors?[i]))];
    }

    private static IEnumerable<string> ChunkKeys(StoredArticle article, int from)
        => Enumerable.Range(from, Math.Max(0, article.ChunkCount - from)).Select(i => Chunk.MakeId(article.Id, i));
}
