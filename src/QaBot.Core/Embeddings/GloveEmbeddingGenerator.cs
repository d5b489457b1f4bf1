using System.Numerics;
using Microsoft.Extensions.AI;

namespace QaBot.Core.Embeddings;

/// <summary>
/// Embeds text offline with GloVe word vectors and SIF weighting (Arora, Liang and Ma, 2017): the text vector is
/// Σ a/(a + p(w))·v(w) over its known words, with p(w) from the word's frequency rank by Zipf's law, minus its
/// projection on the common component, L2-normalised. Unknown words are skipped; a text without any known word
/// gets the zero vector (cosine similarity 0 to everything), which the store can keep and search safely.
/// </summary>
public sealed class GloveEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    private readonly WordVectors _vectors;
    private readonly bool _removeCommonComponent;
    private readonly EmbeddingGeneratorMetadata _metadata;

    /// <summary>Creates the generator over loaded vectors (not owned: the caller disposes them).</summary>
    public GloveEmbeddingGenerator(WordVectors vectors) : this(vectors, removeCommonComponent: true)
    {
    }

    /// <summary>For measurements only: the stored vectors of one model id must all be made the same way.</summary>
    internal GloveEmbeddingGenerator(WordVectors vectors, bool removeCommonComponent)
    {
        _vectors = vectors;
        _removeCommonComponent = removeCommonComponent;
        _metadata = new EmbeddingGeneratorMetadata("glove", null, vectors.ModelId, vectors.Dimensions);
    }

    /// <inheritdoc />
    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var result = new GeneratedEmbeddings<Embedding<float>>();
        var now = DateTimeOffset.UtcNow;
        foreach (var value in values)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var vector = new float[_vectors.Dimensions];
            Embed(value, vector);
            result.Add(new Embedding<float>(vector) { ModelId = _vectors.ModelId, CreatedAt = now });
        }

        return Task.FromResult(result);
    }

    /// <summary>Writes the embedding of <paramref name="text"/> into <paramref name="destination"/>; returns the number of known words.</summary>
    public int Embed(ReadOnlySpan<char> text, Span<float> destination)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(destination.Length, _vectors.Dimensions, nameof(destination));
        destination.Clear();
        var state = new SifState(_vectors, destination);
        WordTokenizer.ForEachToken(text, ref state, static (scoped ReadOnlySpan<char> token, ref SifState s) =>
        {
            Span<int> indices = stackalloc int[WordResolver.MaxParts];
            var n = WordResolver.Resolve(s.Vectors, token, indices);
            foreach (var index in indices[..n])
            {
                AddScaled(s.Sum, s.Vectors.GetVector(index), s.Vectors.GetWeight(index));
            }

            s.Known += n;
        });

        if (state.Known == 0)
        {
            return 0;
        }

        if (_removeCommonComponent)
        {
            var common = _vectors.CommonComponent;
            AddScaled(destination, common, -Dot(destination, common));
        }

        var norm = MathF.Sqrt(Dot(destination, destination));
        if (norm > 0)
        {
            AddScaled(destination, destination, (1 / norm) - 1);
        }

        return state.Known;
    }

    // Plain Vector<float> loops rather than TensorPrimitives: as fast for 100-d vectors, and they JIT in microseconds
    // where TensorPrimitives' generic kernels cost ~80 ms on a cold start.
    private static void AddScaled(Span<float> sum, ReadOnlySpan<float> vector, float weight)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var w = new Vector<float>(weight);
            for (; i <= vector.Length - Vector<float>.Count; i += Vector<float>.Count)
            {
                (new Vector<float>(sum[i..]) + (new Vector<float>(vector[i..]) * w)).CopyTo(sum[i..]);
            }
        }

        for (; i < vector.Length; i++)
        {
            sum[i] += vector[i] * weight;
        }
    }

    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var i = 0;
        var total = 0f;
        if (Vector.IsHardwareAccelerated)
        {
            var acc = Vector<float>.Zero;
            for (; i <= a.Length - Vector<float>.Count; i += Vector<float>.Count)
            {
                acc += new Vector<float>(a[i..]) * new Vector<float>(b[i..]);
            }

            total = Vector.Sum(acc);
        }

        for (; i < a.Length; i++)
        {
            total += a[i] * b[i];
        }

        return total;
    }

    private ref struct SifState(WordVectors vectors, Span<float> sum)
    {
        public readonly WordVectors Vectors = vectors;
        public readonly Span<float> Sum = sum;
        public int Known;
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceKey is not null ? null
            : serviceType == typeof(EmbeddingGeneratorMetadata) ? _metadata
            : serviceType.IsInstanceOfType(this) ? this
            : serviceType.IsInstanceOfType(_vectors) ? _vectors
            : null;
    }

    /// <summary>Nothing to release: the word vectors belong to the caller.</summary>
    public void Dispose()
    {
    }
}
