using System.Diagnostics;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.VectorData;
using QaBot.Core.Articles;
using QaBot.Core.Chunking;
using QaBot.Core.Embeddings;
using QaBot.Core.Store;

namespace QaBot.Core.Ingestion;

/// <summary>
/// file → <see cref="Article"/> → <see cref="Chunk"/>s → vectors → store. Idempotent by content hash: an unchanged
/// article is skipped, a changed one replaced in one transaction (a crash leaves the previous version intact).
/// A bad file is reported with its reason and the rest goes on.
/// </summary>
public sealed class ArticleIngestor(
    ArticleLoader loader,
    TextChunker chunker,
    EmbeddingModel embeddings,
    SentenceVectors sentenceVectors,
    SqliteVectorStore store,
    VectorStoreCollection<string, ChunkRecord> chunks,
    ArticleCatalog catalog,
    IOptions<IngestionOptions> options,
    ILogger<ArticleIngestor> logger)
{
    private const string NoModel = "none";
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    /// <summary>Ingests the default articles folder when the store is empty (first question on a fresh clone).</summary>
    public async Task<IngestReport?> EnsureCorpusAsync(CancellationToken ct)
    {
        var path = options.Value.ArticlesPath;
        if (!options.Value.AutoIngest || await catalog.AnyAsync(ct) || !Path.Exists(path))
        {
            return null;
        }

        logger.LogInformation("The store is empty; ingesting {Path} first", path);
        return await IngestAsync([path], new IngestRequest(), null, ct);
    }

    /// <summary>Ingests the files under <paramref name="paths"/>.</summary>
    public async Task<IngestReport> IngestAsync(IReadOnlyList<string> paths, IngestRequest request, IProgress<IngestProgress>? progress, CancellationToken ct)
    {
        await OneAtATime.WaitAsync(ct);
        try
        {
            return await RunAsync(paths, request, progress, ct);
        }
        finally
        {
            OneAtATime.Release();
        }
    }

    private async Task<IngestReport> RunAsync(IReadOnlyList<string> paths, IngestRequest request, IProgress<IngestProgress>? progress, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var (files, missing) = ArticleFiles.Discover(paths);
        var failed = new List<IngestFailure>(missing);
        if (request.Rebuild)
        {
            await ClearAsync(ct);
        }

        var reembedAll = await CheckEmbeddingModelAsync(ct);
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        int added = 0, updated = 0, skipped = 0, written = 0;
        for (var i = 0; i < files.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            var file = files[i];
            progress?.Report(new IngestProgress(i, files.Count, file));
            var loaded = loader.Load(file);
            if (loaded.Article is not { } article)
            {
                failed.Add(new IngestFailure(file, loaded.Error ?? "could not be read"));
                continue;
            }

            if (!seen.TryAdd(article.Id, file))
            {
                failed.Add(new IngestFailure(file, $"duplicate article id '{article.Id}' (also {seen[article.Id]}); rename one of the files"));
                continue;
            }

            var existing = await catalog.GetAsync(article.Id, ct);
            if (existing is not null && existing.ContentHash == article.ContentHash && !reembedAll)
            {
                skipped++;
                continue;
            }

            written += await ReplaceAsync(article, existing, ct);
            if (existing is null)
            {
                added++;
            }
            else
            {
                updated++;
            }
        }

        progress?.Report(new IngestProgress(files.Count, files.Count, ""));
        var pruned = request.Prune ? await PruneAsync(ct) : 0;
        return new IngestReport(added, updated, skipped, pruned, failed, written, clock.Elapsed);
    }

    private async Task<int> ReplaceAsync(Article article, StoredArticle? existing, CancellationToken ct)
    {
        var pieces = chunker.Chunk(article);
        var vectors = await sentenceVectors.EmbedChunksAsync(pieces, ct);
        var records = pieces.Select((c, i) => ChunkRecord.From(c, vectors?[i])).ToList();
        var stored = new StoredArticle(article.Id, article.Title, article.Date, article.Url, article.SourcePath, article.ContentHash, pieces.Count, DateTimeOffset.UtcNow);
        await store.RunInTransactionAsync(
            async t =>
            {
                if (existing is not null)
                {
                    await chunks.DeleteAsync(OldKeys(existing, pieces.Count), t);
                }

                await chunks.UpsertAsync(records, t);
                await catalog.UpsertAsync(stored, article.Text, t);
            },
            ct);
        return pieces.Count;
    }

    private static IEnumerable<string> OldKeys(StoredArticle existing, int replacedCount)
        => Enumerable.Range(replacedCount, Math.Max(0, existing.ChunkCount - replacedCount)).Select(i => Chunk.MakeId(existing.Id, i));

    /// <summary>
    /// Makes sure the store's vectors come from the configured model. Returns true when every article must be
    /// embedded again because vectors have just become available for a store built without them.
    /// </summary>
    private async Task<bool> CheckEmbeddingModelAsync(CancellationToken ct)
    {
        var current = embeddings.Generator is null ? NoModel : embeddings.ModelId;
        var dimensions = embeddings.Generator is null ? 0 : embeddings.Dimensions;
        var stamp = await store.GetEmbeddingStampAsync(ct);
        var empty = !await catalog.AnyAsync(ct);
        if (stamp is null || empty)
        {
            await store.SetEmbeddingStampAsync(new EmbeddingStamp(current, dimensions), ct);
            return false;
        }

        if (stamp.ModelId == current || current == NoModel)
        {
            return false;
        }

        if (stamp.ModelId == NoModel)
        {
            logger.LogInformation("Word vectors are available now; embedding every article");
            await store.SetEmbeddingStampAsync(new EmbeddingStamp(current, dimensions), ct);
            return true;
        }

        await store.EnsureEmbeddingStampAsync(new EmbeddingStamp(current, dimensions), ct);
        return false;
    }

    private async Task<int> PruneAsync(CancellationToken ct)
    {
        var pruned = 0;
        foreach (var article in await catalog.ListAsync(ct))
        {
            if (!File.Exists(article.SourcePath))
            {
                await DeleteAsync(article, ct);
                pruned++;
            }
        }

        return pruned;
    }

    private async Task ClearAsync(CancellationToken ct)
    {
        foreach (var article in await catalog.ListAsync(ct))
        {
            await DeleteAsync(article, ct);
        }

        await store.SetEmbeddingStampAsync(new EmbeddingStamp(embeddings.Generator is null ? NoModel : embeddings.ModelId, embeddings.Generator is null ? 0 : embeddings.Dimensions), ct);
    }

    private Task DeleteAsync(StoredArticle article, CancellationToken ct) => store.RunInTransactionAsync(
        async t =>
        {
            await chunks.DeleteAsync(OldKeys(article, 0), t);
            await catalog.DeleteAsync(article.Id, t);
        },
        ct);
}
