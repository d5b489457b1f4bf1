namespace QaBot.Cli.Bench;

/// <summary>
/// Seeded, clustered random vectors standing in for embeddings of a large corpus: 100 topics × 20 subtopics; a vector
/// is topic + subtopic offset + noise (norms 1, 0.6, 0.6), so same-subtopic vectors have cosine ≈ 0.79, same-topic ≈ 0.58,
/// unrelated ≈ 0. Neighbours of a query are many near-ties inside its subtopic — the hard case for approximate search
/// (pure uniform noise would make every method's recall meaningless; one tight cluster per query would make it trivial).
/// Queries are new draws from the same distribution, not stored vectors.
/// </summary>
internal sealed class SyntheticVectors
{
    private const int Topics = 100;
    private const int SubtopicsPerTopic = 20;
    private readonly float[][] _subtopics;
    private readonly Random _random;

    public SyntheticVectors(int dimensions, int seed)
    {
        Dimensions = dimensions;
        _random = new Random(seed);
        var topicSource = new Random(4242);
        var topics = Enumerable.Range(0, Topics).Select(_ => Gaussian(topicSource, dimensions, 1.0f)).ToArray();
        _subtopics = [.. Enumerable.Range(0, Topics * SubtopicsPerTopic).Select(i =>
        {
            var offset = Gaussian(topicSource, dimensions, 0.6f);
            var topic = topics[i / SubtopicsPerTopic];
            for (var j = 0; j < dimensions; j++)
            {
                offset[j] += topic[j];
            }

            return offset;
        })];
    }

    public int Dimensions { get; }

    /// <summary>The next vector (a fresh array).</summary>
    public float[] Next()
    {
        var vector = Gaussian(_random, Dimensions, 0.6f);
        var center = _subtopics[_random.Next(_subtopics.Length)];
        for (var j = 0; j < Dimensions; j++)
        {
            vector[j] += center[j];
        }

        return vector;
    }

    /// <summary>A vector of independent normal components scaled to an expected norm of <paramref name="norm"/>.</summary>
    private static float[] Gaussian(Random random, int dimensions, float norm)
    {
        var scale = norm / MathF.Sqrt(dimensions);
        var vector = new float[dimensions];
        for (var j = 0; j < dimensions; j += 2)
        {
            // Box–Muller: two independent normals from two uniforms.
            var u1 = 1.0 - random.NextDouble();
            var u2 = random.NextDouble();
            var r = Math.Sqrt(-2.0 * Math.Log(u1));
            vector[j] = (float)(r * Math.Cos(2 * Math.PI * u2)) * scale;
            if (j + 1 < dimensions)
            {
                vector[j + 1] = (float)(r * Math.Sin(2 * Math.PI * u2)) * scale;
            }
        }

        return vector;
    }
}
