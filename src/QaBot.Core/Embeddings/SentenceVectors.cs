using System.Numerics.Tensors;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.VectorData;
using QaBot.Core.Chunking;
using QaBot.Core.Ingestion;
using QaBot.Core.Store;

namespace QaBot.Core.Embeddings;

/// <summary>
/// The vectors of sentences, embedded once and kept in the store (collection <c>sentences</c>, keyed by a hash of the
/// text): ingestion embeds each new sentence once, and the reader looks the sentences of retrieved passages up instead of
/// running the network while the user waits. A chunk's vector is the normalised mean of its title's and its sentences'
/// vectors, so a chunk costs no embedding of its own.
/// </summary>
public sealed class SentenceVectors(EmbeddingModel model, VectorStore store, IOptions<IngestionOptions> options)
{
    private VectorStoreCollection<string, SentenceVectorRecord>? _collection;

    /// <summary>The vectors of <paramref name="sentences"/> in order (embedding and storing those not seen before); null without a model.</summary>
    public async Task<float[][]?> GetAsync(IReadOnlyList<string> sentences, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        if (model.Generator is not { } generator)
        {
            return null;
        }

        var collection = await CollectionAsync(ct);
        var keys = sentences.Select(KeyOf).ToArray();
        var found = new Dictionary<string, float[]>(StringComparer.Ordinal);
        await foreach (var record in collection.GetAsync(keys.Distinct(StringComparer.Ordinal), new RecordRetrievalOptions { IncludeVectors = true }, ct))
        {
            if (record.Embedding is { } vector)
            {
                found[record.Key] = vector.ToArray();
            }
        }

        var missing = Enumerable.Range(0, sentences.Count).Where(i => !found.ContainsKey(keys[i])).DistinctBy(i => keys[i]).ToList();
        var added = new List<SentenceVectorRecord>(missing.Count);
        foreach (var batch in missing.Chunk(options.Value.EmbeddingBatchSize))
        {
            var generated = await generator.GenerateAsync(batch.Select(i => sentences[i]), cancellationToken: ct);
            for (var b = 0; b < batch.Length; b++)
            {
                var vector = generated[b].Vector.ToArray();
                found[keys[batch[b]]] = vector;
                added.Add(new SentenceVectorRecord { Key = keys[batch[b]], Embedding = vector });
            }
        }

        await collection.UpsertAsync(added, ct);
        return [.. keys.Select(k => found[k])];
    }

    /// <summary>One vector per chunk: the normalised mean of its title's and sentences' vectors; null without a model.</summary>
    public async Task<ReadOnlyMemory<float>[]?> EmbedChunksAsync(IReadOnlyList<Chunk> chunks, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(chunks);
        var parts = chunks.Select(c => (IReadOnlyList<string>)[c.Title, .. Sentences(c.Text)]).ToList();
        if (chunks.Count == 0 || await GetAsync([.. parts.SelectMany(p => p)], ct) is not { } vectors)
        {
            return null;
        }

        var result = new ReadOnlyMemory<float>[chunks.Count];
        var next = 0;
        for (var c = 0; c < chunks.Count; c++)
        {
            var mean = new float[vectors[0].Length];
            foreach (var vector in vectors.AsSpan(next, parts[c].Count))
            {
                TensorPrimitives.Add(mean, vector, mean);
            }

            next += parts[c].Count;
            var norm = TensorPrimitives.Norm(mean);
            if (norm > 0)
            {
                TensorPrimitives.Divide(mean, norm, mean);
            }

            result[c] = mean;
        }

        return result;
    }

    /// <summary>Forgets every stored sentence vector (the embedding model changed); joins the ambient transaction.</summary>
    public async Task ClearAsync(CancellationToken ct)
    {
        _collection = null;
        await store.EnsureCollectionDeletedAsync(SentenceVectorRecord.CollectionName, ct);
    }

    /// <summary>The sentences of a passage as the reader and ingestion both see them.</summary>
    public static IReadOnlyList<string> Sentences(string text) =>
        [.. SentenceSplitter.Split(text).Select(s => s.Of(text).Trim()).Where(s => s.Length > 0)];

    /// <summary>The key of a sentence: a hash of its text.</summary>
    public static string KeyOf(string sentence) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sentence)), 0, 16);

    private async Task<VectorStoreCollection<string, SentenceVectorRecord>> CollectionAsync(CancellationToken ct)
    {
        if (_collection is { } existing)
        {
            return existing;
        }

        var dimensions = await model.GetDimensionsAsync(ct);
        var collection = store.GetCollection<string, SentenceVectorRecord>(SentenceVectorRecord.CollectionName, SentenceVectorRecord.CreateDefinition(dimensions));
        await collection.EnsureCollectionExistsAsync(ct);
        return _collection = collection;
    }
}
