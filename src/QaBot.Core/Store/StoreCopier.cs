using Microsoft.Extensions.VectorData;

namespace QaBot.Core.Store;

/// <summary>How far a copy has got.</summary>
public sealed record StoreCopyProgress(int Articles, long Chunks);

/// <summary>
/// Copies one QaBot store into another — typically an existing SQLite file into PostgreSQL when moving to replicas —
/// with nothing re-embedded: the embedding stamp, every article with its text, and every chunk with its vector, in
/// key order and in batches (large enough for binary COPY on a PostgreSQL server). Re-running it is safe: records
/// are upserted.
/// </summary>
public sealed class StoreCopier(QaBotVectorStore source, QaBotVectorStore target)
{
    /// <summary>Chunks read and written per batch.</summary>
    public const int BatchSize = 1000;

    /// <summary>Copies everything; reports progress after each batch.</summary>
    public async Task<StoreCopyProgress> CopyAsync(IProgress<StoreCopyProgress>? progress, CancellationToken ct)
    {
        var stamp = await source.GetEmbeddingStampAsync(ct);
        var dimensions = stamp is { Dimensions: > 0 } ? stamp.Dimensions : ChunkRecord.DefaultDimensions;
        var from = source.GetChunkCollection(dimensions);
        var to = target.GetChunkCollection(dimensions);
        if (stamp is not null)
        {
            await target.SetEmbeddingStampAsync(stamp, ct);
        }

        long chunks = 0;
        var last = "";
        while (true)
        {
            var after = last;
            var batch = await from.GetAsync(
                r => string.Compare(r.Key, after) > 0,
                BatchSize,
                new FilteredRecordRetrievalOptions<ChunkRecord> { IncludeVectors = true, OrderBy = o => o.Ascending(r => r.Key) },
                ct).ToListAsync(ct);
            if (batch.Count == 0)
            {
                break;
            }

            await to.UpsertAsync(batch, ct);
            chunks += batch.Count;
            last = batch[^1].Key;
            progress?.Report(new StoreCopyProgress(0, chunks));
        }

        var articles = await source.Articles.ListAsync(ct);
        foreach (var batch in articles.Chunk(BatchSize))
        {
            var texts = new List<string?>(batch.Length);
            foreach (var article in batch)
            {
                texts.Add(await source.Articles.GetTextAsync(article.Id, ct));
            }

            await target.RunInTransactionAsync(
                async t =>
                {
                    for (var i = 0; i < batch.Length; i++)
                    {
                        await target.Articles.UpsertAsync(batch[i], texts[i], t);
                    }
                },
                ct);
        }

        var done = new StoreCopyProgress(articles.Count, chunks);
        progress?.Report(done);
        return done;
    }
}
