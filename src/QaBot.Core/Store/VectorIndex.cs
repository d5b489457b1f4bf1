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

    /// <summary>Adds or replaces the vector of <paramref name="key"/> (stored normalised).</summary>
    public void Upsert(string key, ReadOnlySpan<float> vector)
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
    }

    /// <summary>Removes the vector of <paramref name="key"/>; the last row moves into its place.</summary>
    public bool Remove(string key)
    {
        if (!_rows.Remove(key, out var row))
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

        return heap.Drain(_keys);
    }

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

    private static void Normalize(Span<float> vector)
    {
        var norm = TensorPrimitives.Norm(vector);
        if (norm > 0 && float.IsFinite(norm))
        {
            TensorPrimitives.Divide(vector, norm, vector);
        }
    }

    /// <summary>Bounded min-heap of (score, row): the root is the weakest of the best <c>k</c> seen so far.</summary>
    private sealed class TopK(int k)
    {
        private readonly float[] _scores = new float[k];
        private readonly int[] _rows = new int[k];
        private int _count;

        public void Offer(float score, int row)
        {
            if (_count < k)
            {
                var i = _count++;
                _scores[i] = score;
                _rows[i] = row;
                SiftUp(i);
            }
            else if (score > _scores[0])
            {
                _scores[0] = score;
                _rows[0] = row;
                SiftDown(0);
            }
        }

        public void Merge(TopK other)
        {
            for (var i = 0; i < other._count; i++)
            {
                Offer(other._scores[i], other._rows[i]);
            }
        }

        public IReadOnlyList<(string Key, float Score)> Drain(string[] keys)
        {
            var result = new (string Key, float Score)[_count];
            for (var i = 0; i < result.Length; i++)
            {
                result[i] = (keys[_rows[i]], _scores[i]);
            }

            Array.Sort(result, static (a, b) => b.Score.CompareTo(a.Score));
            return result;
        }

        private void SiftUp(int i)
        {
            while (i > 0)
            {
                var parent = (i - 1) / 2;
                if (_scores[parent] <= _scores[i])
                {
                    return;
                }

                Swap(i, parent);
                i = parent;
            }
        }

        private void SiftDown(int i)
        {
            while (true)
            {
                var smallest = i;
                var left = (2 * i) + 1;
                var right = left + 1;
                if (left < _count && _scores[left] < _scores[smallest])
                {
                    smallest = left;
                }

                if (right < _count && _scores[right] < _scores[smallest])
                {
                    smallest = right;
                }

                if (smallest == i)
                {
                    return;
                }

                Swap(i, smallest);
                i = smallest;
            }
        }

        private void Swap(int a, int b)
        {
            (_scores[a], _scores[b]) = (_scores[b], _scores[a]);
            (_rows[a], _rows[b]) = (_rows[b], _rows[a]);
        }
    }
}
