using Microsoft.Extensions.VectorData;

namespace QaBot.Core.Store;

/// <summary>
/// What QaBot needs of a store beyond Microsoft.Extensions.VectorData's <see cref="VectorStore"/>: the chunk
/// collection, the article catalog, transactions spanning both, and the stamp of the embedding model that built it.
/// <see cref="SqliteVectorStore"/> (one file, the default) and <see cref="PostgresVectorStore"/> (PostgreSQL with
/// pgvector, shared by replicas) implement it, so ingestion, retrieval and answering do not depend on the engine.
/// </summary>
public abstract class QaBotVectorStore : VectorStore
{
    /// <summary>Where the store lives, for messages: a file path, or host:port/database.</summary>
    public abstract string Location { get; }

    /// <summary>The articles held by this store.</summary>
    public abstract ArticleCatalog Articles { get; }

    /// <summary>The collection of chunks named <paramref name="name"/>, with vectors of <paramref name="dimensions"/> floats.</summary>
    public abstract VectorStoreCollection<string, ChunkRecord> GetChunkCollection(int dimensions, string name = "chunks");

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction: every write made inside it by this store's collections and
    /// catalog (through awaited calls in the same async flow) joins it, and a failure rolls all of it back.
    /// </summary>
    public abstract Task RunInTransactionAsync(Func<CancellationToken, Task> work, CancellationToken cancellationToken = default);

    /// <summary>The embedding model and dimension recorded in the store, or null if none was recorded yet.</summary>
    public abstract Task<EmbeddingStamp?> GetEmbeddingStampAsync(CancellationToken cancellationToken = default);

    /// <summary>Records which embedding model produced the store's vectors (joins the ambient transaction).</summary>
    public abstract Task SetEmbeddingStampAsync(EmbeddingStamp stamp, CancellationToken cancellationToken = default);

    /// <summary>A small value QaBot keeps in the store (its <c>meta</c> table) under <paramref name="key"/>, or null.</summary>
    public abstract Task<string?> GetMetaAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Stores a small value under <paramref name="key"/> (joins the ambient transaction).</summary>
    public abstract Task SetMetaAsync(string key, string value, CancellationToken cancellationToken = default);

    /// <summary>Deletes every small value whose key starts with <paramref name="keyPrefix"/> (joins the ambient transaction).</summary>
    public abstract Task DeleteMetaAsync(string keyPrefix, CancellationToken cancellationToken = default);

    /// <summary>
    /// Throws <see cref="EmbeddingModelMismatchException"/> when the store was built with another model or dimension
    /// than <paramref name="configured"/>. A store with no stamp yet (new, or never embedded) passes.
    /// </summary>
    public async Task EnsureEmbeddingStampAsync(EmbeddingStamp configured, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(configured);
        var stored = await GetEmbeddingStampAsync(cancellationToken);
        if (stored is not null && stored != configured)
        {
            throw new EmbeddingModelMismatchException(Location, stored, configured);
        }
    }
}
