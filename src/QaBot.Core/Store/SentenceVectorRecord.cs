using Microsoft.Extensions.VectorData;

namespace QaBot.Core.Store;

/// <summary>
/// The vector of one sentence, keyed by a hash of its text (see <see cref="Embeddings.SentenceVectors"/>): the same
/// sentence in two articles, or in two versions of one article, is embedded once.
/// </summary>
public sealed class SentenceVectorRecord
{
    /// <summary>The collection's name in the store.</summary>
    public const string CollectionName = "sentences";

    [VectorStoreKey]
    public string Key { get; set; } = "";

    [VectorStoreVector(384, DistanceFunction = DistanceFunction.CosineSimilarity)]
    public ReadOnlyMemory<float>? Embedding { get; set; }

    /// <summary>The model with the vector size of the embedding model in use. Pass it to <c>GetCollection</c>.</summary>
    public static VectorStoreCollectionDefinition CreateDefinition(int dimensions)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dimensions);
        return new()
        {
            Properties =
            [
                new VectorStoreKeyProperty(nameof(Key), typeof(string)),
                new VectorStoreVectorProperty(nameof(Embedding), typeof(ReadOnlyMemory<float>?), dimensions)
                {
                    DistanceFunction = DistanceFunction.CosineSimilarity,
                },
            ],
        };
    }
}
