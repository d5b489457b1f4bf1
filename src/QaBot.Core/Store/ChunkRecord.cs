using Microsoft.Extensions.VectorData;
using QaBot.Core.Chunking;

namespace QaBot.Core.Store;

/// <summary>
/// How a chunk is stored in any <see cref="VectorStoreCollection{TKey,TRecord}"/> (ours is SQLite; Qdrant, Postgres or
/// Azure AI Search connectors can take the same record). Dates are ISO strings so every connector can filter on them.
/// </summary>
public sealed class ChunkRecord
{
    /// <summary>Default vector size: the offline sentence encoder. Other models pass a definition with their own size.</summary>
    public const int DefaultDimensions = 384;

    [VectorStoreKey]
    public string Key { get; set; } = "";

    [VectorStoreData(IsIndexed = true)]
    public string ArticleId { get; set; } = "";

    [VectorStoreData]
    public string Title { get; set; } = "";

    /// <summary>yyyy-MM-dd or empty.</summary>
    [VectorStoreData(IsIndexed = true)]
    public string Date { get; set; } = "";

    [VectorStoreData]
    public string Url { get; set; } = "";

    [VectorStoreData]
    public int ChunkIndex { get; set; }

    [VectorStoreData]
    public int Start { get; set; }

    [VectorStoreData]
    public int End { get; set; }

    [VectorStoreData(IsFullTextIndexed = true)]
    public string Text { get; set; } = "";

    /// <summary>
    /// The chunk's relative dates resolved against the article's date, as search words ("In September of last year" in
    /// a 2023 article → "2022 september sep sept autumn", <see cref="Articles.RelativeDates.SearchTerms"/>): indexed for
    /// keyword search only, so a question about "sept 2022" finds it; never quoted. Empty for undated articles.
    /// </summary>
    [VectorStoreData(IsFullTextIndexed = true)]
    public string DateTerms { get; set; } = "";

    /// <summary>Null when the chunk was stored without embeddings (no local vectors available).</summary>
    [VectorStoreVector(DefaultDimensions, DistanceFunction = DistanceFunction.CosineSimilarity)]
    public ReadOnlyMemory<float>? Embedding { get; set; }

    /// <summary>Maps a domain chunk (and its vector, if any) to a stored record.</summary>
    public static ChunkRecord From(Chunk chunk, ReadOnlyMemory<float>? embedding) => new()
    {
        Key = chunk.Id,
        ArticleId = chunk.ArticleId,
        Title = chunk.Title,
        Date = chunk.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "",
        Url = chunk.Url?.ToString() ?? "",
        ChunkIndex = chunk.Index,
        Start = chunk.Start,
        End = chunk.End,
        Text = chunk.Text,
        DateTerms = Articles.RelativeDates.SearchTerms(chunk.Text, chunk.Date),
        Embedding = embedding,
    };

    /// <summary>
    /// The same model as the attributes, with the vector size of the embedding model in use (the attributes say
    /// <see cref="DefaultDimensions"/>). Pass it to <c>GetCollection</c>.
    /// </summary>
    public static VectorStoreCollectionDefinition CreateDefinition(int dimensions)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dimensions);
        return new()
        {
            Properties =
            [
                new VectorStoreKeyProperty(nameof(Key), typeof(string)),
                new VectorStoreDataProperty(nameof(ArticleId), typeof(string)) { IsIndexed = true },
                new VectorStoreDataProperty(nameof(Title), typeof(string)),
                new VectorStoreDataProperty(nameof(Date), typeof(string)) { IsIndexed = true },
                new VectorStoreDataProperty(nameof(Url), typeof(string)),
                new VectorStoreDataProperty(nameof(ChunkIndex), typeof(int)),
                new VectorStoreDataProperty(nameof(Start), typeof(int)),
                new VectorStoreDataProperty(nameof(End), typeof(int)),
                new VectorStoreDataProperty(nameof(Text), typeof(string)) { IsFullTextIndexed = true },
                new VectorStoreDataProperty(nameof(DateTerms), typeof(string)) { IsFullTextIndexed = true },
                new VectorStoreVectorProperty(nameof(Embedding), typeof(ReadOnlyMemory<float>?), dimensions)
                {
                    DistanceFunction = DistanceFunction.CosineSimilarity,
                },
            ],
        };
    }

    /// <summary>Maps back to the domain chunk.</summary>
    public Chunk ToChunk() => new(
        Key,
        ArticleId,
        Title,
        DateOnly.TryParseExact(Date, "yyyy-MM-dd", out var d) ? d : null,
        Uri.TryCreate(Url, UriKind.Absolute, out var u) ? u : null,
        ChunkIndex,
        Start,
        End,
        Text);
}
