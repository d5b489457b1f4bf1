using System.Numerics.Tensors;
using System.Runtime.InteropServices;

namespace QaBot.Core.Store;

/// <summary>
/// The searchable form of a collection's vectors: the exact <see cref="VectorIndex"/> plus, when the configured
/// <see cref="VectorSearchMode"/> needs them, its int8 copy (<see cref="Int8Vectors"/>) and an IVF partition
/// (<see cref="IvfLists"/>). Writes go through here so all three stay row-for-row in step. Approximate modes score
/// candidates on int8 codes and re-rank the best exactly, so reported scores are always exact cosines.
/// Not thread-safe: <see cref="VectorIndexCache"/> guards it.
/// </summary>
internal sealed class VectorSearchIndex
{
    /// <summary>The vector size <see cref="StoreOptions.ApproximateFromRows"/> is counted at (a scan's cost grows with rows × dimensions).</summary>
    public const int ReferenceDimensions = 384;

    private readonly StoreOptions _options;
    private Int8Vectors? _codes;
    private IvfLists? _ivf;

    public VectorSearchIndex(VectorIndex exact, StoreOptions options)
    {
        Exact = exact;
        _options = options;
        Prepare();
    }

    public VectorIndex Exact { get; }

    public int Count => Exact.Count;

    /// <summary>The mode searches use now (Auto resolved by size).</summary>
    public VectorSearchMode Mode => _options.VectorSearch switch
    {
        VectorSearchMode.Auto when Count > 0 && (long)Count * Exact.Dimensions >= (long)_options.ApproximateFromRows * ReferenceDimensions => VectorSearchMode.Ivf,
        VectorSearchMode.Auto when Count >= _options.QuantizedFromRows && Count > 0 => VectorSearchMode.Quantized,
        VectorSearchMode.Auto => VectorSearchMode.Exact,
        var mode => mode,
    };

    /// <summary>Bytes of the approximate structures (the exact matrix excluded).</summary>
    public long ExtraBytes => (_codes?.Bytes ?? 0) + (_ivf?.Bytes ?? 0);

    /// <summary>
    /// Builds what the current mode needs and is missing: int8 codes (one pass), IVF lists (k-means; again when the
    /// collection has grown past twice, or shrunk below a quarter of, the size they were trained for).
    /// </summary>
    public void Prepare()
    {
        var mode = Mode;
        if (mode == VectorSearchMode.Exact || Count == 0)
        {
            return;
        }

        if (_codes is null)
        {
            var codes = new Int8Vectors(Exact.Dimensions);
            codes.Set(Count - 1, Exact.RowVector(Count - 1));
            Parallel.For(0, Count - 1, row => codes.Set(row, Exact.RowVector(row)));
            _codes = codes;
        }

        if (mode == VectorSearchMode.Ivf && (_ivf is null || Count > 2L * _ivf.TrainedRows || Count * 4L < _ivf.TrainedRows))
        {
            _ivf = IvfLists.Train(Exact);
        }
    }

    public void Upsert(string key, ReadOnlySpan<float> vector)
    {
        var row = Exact.Upsert(key, vector);
        _codes?.Set(row, Exact.RowVector(row));
        _ivf?.Assign(row, Exact.RowVector(row));
    }

    public void Remove(string key)
    {
        if (Exact.Remove(key, out var row, out var movedFrom))
        {
            _codes?.Move(movedFrom, row);
            _ivf?.Remove(row, movedFrom);
        }
    }

    /// <summary>Top <paramref name="top"/> (key, cosine) for <paramref name="query"/>; a key filter always searches exactly.</summary>
    public IReadOnlyList<(string Key, float Score)> Search(ReadOnlySpan<float> query, int top, IEnumerable<string>? onlyKeys)
    {
        var mode = Mode;
        if (onlyKeys is not null || mode == VectorSearchMode.Exact || _codes is null || (mode == VectorSearchMode.Ivf && _ivf is null)
            || top <= 0 || Count == 0 || query.Length != Exact.Dimensions)
        {
            return Exact.Search(query, top, onlyKeys);
        }

        var q = query.ToArray();
        VectorIndex.Normalize(q);
        var codes = new sbyte[q.Length];
        Int8Vectors.Quantize(q, codes);
        var candidates = Math.Max(_options.RerankCandidates, 4 * top);
        var heap = mode == VectorSearchMode.Ivf ? ScanLists(_ivf!, _codes, q, codes, candidates) : ScanAll(_codes, codes, candidates);

        var best = new TopK(top);
        foreach (var (row, _) in heap.Sorted())
        {
            best.Offer(TensorPrimitives.Dot(q, Exact.RowVector(row)), row);
        }

        return [.. best.Sorted().Select(h => (Exact.KeyAt(h.Row), h.Score))];
    }

    private TopK ScanAll(Int8Vectors vectors, sbyte[] query, int candidates)
    {
        var count = Count;
        if (count < VectorIndex.ParallelThreshold || Environment.ProcessorCount == 1)
        {
            var heap = new TopK(candidates);
            vectors.Scan(query, 0, count, heap);
            return heap;
        }

        var parts = Environment.ProcessorCount;
        var heaps = new TopK[parts];
        var size = (count + parts - 1) / parts;
        Parallel.For(0, parts, p =>
        {
            heaps[p] = new TopK(candidates);
            vectors.Scan(query, p * size, Math.Min(count, (p + 1) * size), heaps[p]);
        });
        for (var p = 1; p < parts; p++)
        {
            heaps[0].Merge(heaps[p]);
        }

        return heaps[0];
    }

    private TopK ScanLists(IvfLists ivf, Int8Vectors vectors, float[] q, sbyte[] query, int candidates)
    {
        var heap = new TopK(candidates);
        foreach (var list in ivf.Probe(q, _options.IvfProbes))
        {
            vectors.Scan(query, CollectionsMarshal.AsSpan(list), heap);
        }

        return heap;
    }
}
