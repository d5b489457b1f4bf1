using Microsoft.Extensions.VectorData;

namespace QaBot.Cli.Bench;

/// <summary>A bare vector record for the synthetic collections (no text: these scenarios time vector search alone).</summary>
internal sealed class VectorRecord
{
    public const string Collection = "vectors";

    public string Key { get; set; } = "";

    public ReadOnlyMemory<float> Vector { get; set; }

    public static VectorStoreCollectionDefinition Definition(int dimensions) => new()
    {
        Properties =
        [
            new VectorStoreKeyProperty(nameof(Key), typeof(string)),
            new VectorStoreVectorProperty(nameof(Vector), typeof(ReadOnlyMemory<float>), dimensions) { DistanceFunction = DistanceFunction.CosineSimilarity },
        ],
    };
}
