using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QaBot.Core.Embeddings;
using QaBot.Core.Store;

namespace QaBot.Core.Ingestion;

/// <summary>
/// Keeps the store's vectors in step with the configured embedding model. The store records which model built it
/// (<see cref="EmbeddingStamp"/>); when another model is configured now — or vectors became available for a store built
/// without them — a small store (up to <see cref="IngestionOptions.AutoReembedMaxChunks"/> chunks) is re-embedded from
/// its stored texts on the spot. A larger one is left alone: ingesting into it is refused with the command that
/// re-embeds it, and questions are answered with full-text search, saying so once, instead of with the wrong vectors.
/// </summary>
public sealed class EmbeddingModelGuard(
    EmbeddingModel embeddings,
    QaBotVectorStore store,
    ArticleCatalog catalog,
    ArticleWriter writer,
    IOptions<IngestionOptions> options,
    ILogger<EmbeddingModelGuard> logger)
{
    private const string NoModel = "none";

    /// <summary>The stamp the configured model gives a store ("none", 0 when no vectors are available).</summary>
    public EmbeddingStamp Configured =>
        embeddings.ModelId == NoModel ? new EmbeddingStamp(NoModel, 0) : new EmbeddingStamp(embeddings.ModelId, embeddings.Dimensions);

    /// <summary>
    /// Before ingesting: records the model in a new store; re-embeds when asked to or when the store is small; otherwise
    /// throws <see cref="EmbeddingModelMismatchException"/>. Returns the number of articles re-embedded.
    /// </summary>
    public async Task<int> PrepareForIngestAsync(bool reembed, IProgress<IngestProgress>? progress, CancellationToken ct)
    {
        var (stored, configured, chunks) = await CompareAsync(ct);
        if (stored is null || (stored == configured && !reembed))
        {
            return 0;
        }

        if (reembed || chunks <= options.Value.AutoReembedMaxChunks)
        {
            return await ReembedAsync(stored, configured, chunks, progress, ct);
        }

        throw new EmbeddingModelMismatchException(store.Location, stored, configured);
    }

    /// <summary>
    /// Before answering: re-embeds a small store built with another model; for a large one, turns vector search off in
    /// this process with a note saying how to re-embed. Returns the number of articles re-embedded.
    /// </summary>
    public async Task<int> PrepareForQuestionsAsync(CancellationToken ct)
    {
        var (stored, configured, chunks) = await CompareAsync(ct);
        if (stored is null || stored == configured)
        {
            return 0;
        }

        if (chunks <= options.Value.AutoReembedMaxChunks)
        {
            return await ReembedAsync(stored, configured, chunks, null, ct);
        }

        var note = $"the store {store.Location} was built with {stored}, not the configured {configured}, so answers use full-text "
            + $"search only; run `qabot ingest --reembed` to re-embed its {chunks:N0} chunks";
        logger.LogWarning("The store's vectors do not match the embedding model: {Note}", note);
        embeddings.Suspend(note);
        return 0;
    }

    /// <summary>
    /// The stamp the store holds (null when nothing needs doing: new or empty store, now stamped; or no vectors
    /// configured, so the stored ones are simply not used), the configured one, and the store's chunk count.
    /// </summary>
    private async Task<(EmbeddingStamp? Stored, EmbeddingStamp Configured, int Chunks)> CompareAsync(CancellationToken ct)
    {
        var configured = Configured;
        var stored = await store.GetEmbeddingStampAsync(ct);
        if (!await catalog.AnyAsync(ct))
        {
            if (stored != configured)
            {
                // An empty store may still hold an empty chunk collection of another vector size: start it afresh.
                await writer.ReembedAllAsync(configured, null, ct);
            }

            return (null, configured, 0);
        }

        if (stored is null)
        {
            await store.SetEmbeddingStampAsync(configured, ct);
            return (null, configured, 0);
        }

        if (configured.ModelId == NoModel && stored.ModelId != NoModel)
        {
            return (null, configured, 0);
        }

        var chunks = (await catalog.ListAsync(ct)).Sum(a => a.ChunkCount);
        return (stored, configured, chunks);
    }

    private async Task<int> ReembedAsync(EmbeddingStamp stored, EmbeddingStamp configured, int chunks, IProgress<IngestProgress>? progress, CancellationToken ct)
    {
        logger.LogInformation("Re-embedding {Chunks} chunks of the store {Path} with {Configured} (it was built with {Stored})", chunks, store.Location, configured, stored);
        var (articles, _) = await writer.ReembedAllAsync(configured, progress, ct);
        return articles;
    }
}
