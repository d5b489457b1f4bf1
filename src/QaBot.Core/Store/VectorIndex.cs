using System.Numerics.Tensors;

namespace QaBot.Core.Store;

/// <summary>
/// Exact in-memory cosine index: one contiguous row-major <c>float[]</c> of L2-normalised vectors (so cosine
/// similarity is a dot product), a key per row and a key → row map. Search is a scan with a bounded min-heap,
/// split across cores when the matrix is large. Not thread-safe: <see cref="VectorIndexCache"/> guards it.
/// </summary>
public sealed class VectorIndex
{
    /// <summary>Above this many rows a search is split across cores (below it, thread hand-off costs more than it saves).</summary>
    public const int ParallelThreshold = 20_000;

    private readonly Dictionary<string, int> _rows = new(StringComparer.Ordinal);
    private float[] _matrix;
    private string[] _keys;

    /// <summary>Creates an empty index for vectors of <paramref name="dimensions"/> floats.</summary>
    public VectorIndex(int dimensions, int capacity = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dimensions);
        Dimensions = dimensions;
        _matrix = new float[(long)Math.Max(capacity, 0) * dimensions];
        _keys = new string[Math.Max(capacity, 0)];
    }

    /// <summary>The vector size.</summary>
    public int Dimensions { get; }

    /// <summary>Number of vectors held.</summary>
    public int Count { get; private set; }

    /// <summary>Whether <paramref name="key"/> has a vector here.</summary>
    public bool Contains(string key) => _rows.ContainsKey(key);

    /// <summary>Adds or replaces the vector of <paramref name="key"/> (stored normalised); returns its row.</summary>
    public int Upsert(string key, ReadOnlySpan<float> vector)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (vector.Length != Dimensions)
        {
            throw new ArgumentException($"Vector for '{key}' has {vector.Length} dimensions; the index holds {Dimensions}.", nameof(vector));
        }

        if (!_rows.TryGetValue(key, out var row))
        {
            row = Count;
            EnsureCapacity(Count + 1);
            _keys[row] = key;
            _rows[key] = row;
            Count++;
        }

        var target = _matrix.AsSpan(row * Dimensions, Dimensions);
        vector.CopyTo(target);
        Normalize(target);
        return row;
    }

    /// <summary>Removes the vector of <paramref name="key"/>; the last row moves into its place.</summary>
    public bool Remove(string key) => Remove(key, out _, out _);

    /// <summary>
    /// Removes the vector of <paramref name="key"/> from <paramref name="row"/>; the vector of row <paramref name="movedFrom"/>
    /// (the last one) now lives at <paramref name="row"/> (both equal when the removed row was the last).
    /// </summary>
    internal bool Remove(string key, out int row, out int movedFrom)
    {
        movedFrom = Count - 1;
        if (!_rows.Remove(key, out row))
        {
            return false;
        }

        var last = Count - 1;
        if (row != last)
        {
            _matrix.AsSpan(last * Dimensions, Dimensions).CopyTo(_matrix.AsSpan(row * Dimensions, Dimensions));
            _keys[row] = _keys[last];
            _rows[_keys[row]] = row;
        }

        _keys[last] = null!;
        Count--;
        return true;
    }

    /// <summary>
    /// The <paramref name="top"/> rows most similar to <paramref name="query"/>, best first, with cosine similarity.
    /// When <paramref name="onlyKeys"/> is given, only those keys are scored (a pre-filtered search).
    /// </summary>
    public IReadOnlyList<(string Key, float Score)> Search(ReadOnlySpan<float> query, int top, IEnumerable<string>? onlyKeys = null)
    {
        if (query.Length != Dimensions)
        {
            throw new ArgumentException($"The query vector has {query.Length} dimensions; the index holds {Dimensions}.", nameof(query));
        }

        if (top <= 0 || Count == 0)
        {
            return [];
        }

        var q = query.ToArray();
        Normalize(q);

        TopK heap;
        if (onlyKeys is not null)
        {
            heap = new TopK(top);
            foreach (var key in onlyKeys)
            {
                if (_rows.TryGetValue(key, out var row))
                {
                    heap.Offer(TensorPrimitives.Dot(q, _matrix.AsSpan(row * Dimensions, Dimensions)), row);
                }
            }
        }
        else if (Count < ParallelThreshold || Environment.ProcessorCount == 1)
        {
            heap = Scan(q, 0, Count, top);
        }
        else
        {
            var parts = Environment.ProcessorCount;
            var heaps = new TopK[parts];
            var size = (Count + parts - 1) / parts;
            Parallel.For(0, parts, p => heaps[p] = Scan(q, p * size, Math.Min(Count, (p + 1) * size), top));
            heap = heaps[0];
            for (var p = 1; p < parts; p++)
            {
                heap.Merge(heaps[p]);
            }
        }

        return [.. heap.Sorted().Select(h => (_keys[h.Row], h.Score))];
    }

    /// <summary>The stored (normalised) vector of <paramref name="row"/>.</summary>
    internal ReadOnlySpan<float> RowVector(int row) => new(_matrix, row * Dimensions, Dimensions);

    /// <summary>The key of <paramref name="row"/>.</summary>
    internal string KeyAt(int row) => _keys[row];

    /// <summary>The row holding <paramref name="key"/>, or -1.</summary>
    internal int RowOf(string key) => _rows.TryGetValue(key, out var row) ? row : -1;

    private TopK Scan(float[] query, int from, int to, int top)
    {
        var heap = new TopK(top);
        var matrix = _matrix;
        var d = Dimensions;
        for (var row = from; row < to; row++)
        {
            heap.Offer(TensorPrimitives.Dot(query, new ReadOnlySpan<float>(matrix, row * d, d)), row);
        }

        return heap;
    }

    private void EnsureCapacity(int rows)
    {
        if (rows <= _keys.Length)
        {
            return;
        }

        var capacity = Math.Max(rows, Math.Max(16, _keys.Length * 2));
        Array.Resize(ref _keys, capacity);
        Array.Resize(ref _matrix, capacity * Dimensions);
    }

    internal static void Normalize(Span<float> vector)
    {
        var norm = TensorPrimitives.Norm(vector);
        if (norm > 0 && float.IsFinite(norm))
        {
            TensorPrimitives.Divide(vector, norm, vector);
        }
    }
}
