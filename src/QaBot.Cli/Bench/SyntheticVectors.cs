using System.Numerics.Tensors;

namespace QaBot.Cli.Bench;

/// <summary>
/// Seeded random vectors standing in for embeddings of a large corpus. Like real embeddings they have a low intrinsic
/// dimension and topical clusters: a 32-d latent point (one of 100 cluster centres plus a spread of 0.7 per axis) mapped
/// into the full dimension by a fixed random linear map, plus a little isotropic noise. A query's nearest neighbours lie
/// close together in the latent space but straddle the boundaries of any partition, so an approximate index's recall
/// depends on how much of the space it probes — neither trivial (well-separated clusters) nor meaningless (pure noise,
/// where all neighbours are near-ties). Queries are new draws from the same distribution, not stored vectors.
/// </summary>
internal sealed class SyntheticVectors
{
    private const int Latent = 32;
    private const int Clusters = 10;
    private const float Spread = 1.0f;
    private const float Noise = 0.3f;
    private readonly float[] _map;
    private readonly float[][] _centres;
    private readonly Random _random;
    private readonly float[] _latent = new float[Latent];

    public SyntheticVectors(int dimensions, int seed)
    {
        Dimensions = dimensions;
        _random = new Random(seed);
        var fixedSource = new Random(4242);
        _map = Gaussian(fixedSource, dimensions * Latent, 1f / MathF.Sqrt(Latent));
        _centres = [.. Enumerable.Range(0, Clusters).Select(_ => Gaussian(fixedSource, Latent, 1f))];
    }

    public int Dimensions { get; }

    /// <summary>The next vector (a fresh array).</summary>
    public float[] Next()
    {
        var centre = _centres[_random.Next(Clusters)];
        var spread = Gaussian(_random, Latent, Spread);
        TensorPrimitives.Add(centre, spread, _latent);
        var vector = Gaussian(_random, Dimensions, Noise);
        for (var j = 0; j < Dimensions; j++)
        {
            vector[j] += TensorPrimitives.Dot(new ReadOnlySpan<float>(_map, j * Latent, Latent), _latent);
        }

        return vector;
    }

    /// <summary><paramref name="count"/> independent normal values with standard deviation <paramref name="sigma"/>.</summary>
    private static float[] Gaussian(Random random, int count, float sigma)
    {
        var values = new float[count];
        for (var j = 0; j < count; j += 2)
        {
            // Box–Muller: two independent normals from two uniforms.
            var u1 = 1.0 - random.NextDouble();
            var u2 = random.NextDouble();
            var r = Math.Sqrt(-2.0 * Math.Log(u1)) * sigma;
            values[j] = (float)(r * Math.Cos(2 * Math.PI * u2));
            if (j + 1 < count)
            {
                values[j + 1] = (float)(r * Math.Sin(2 * Math.PI * u2));
            }
        }

        return values;
    }
}
