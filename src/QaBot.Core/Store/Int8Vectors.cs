namespace QaBot.Core.Store;

/// <summary>
/// A scalar-quantised copy of an index's vectors: one int8 code per component (scaled per row so the largest
/// component maps to ±127) and the row's scale. Rows mirror <see cref="VectorIndex"/> rows. A scan reads a quarter of
/// the bytes of the float matrix, which is what bounds an exhaustive search; the best candidates are then re-ranked
/// exactly from the floats, so quantisation error only matters at the edge of the candidate list.
/// </summary>
internal sealed class Int8Vectors(int dimensions)
{
    private sbyte[] _codes = [];
    private float[] _scales = [];

    public int Dimensions { get; } = dimensions;

    /// <summary>Quantises <paramref name="vector"/> into <paramref name="codes"/>; returns the scale (value = code × scale).</summary>
    public static float Quantize(ReadOnlySpan<float> vector, Span<sbyte> codes)
    {
        var max = System.Numerics.Tensors.TensorPrimitives.MaxMagnitude(vector);
        var max0 = MathF.Abs(max);
        if (!(max0 > 0) || !float.IsFinite(max0))
        {
            codes.Clear();
            return 0;
        }

        var scale = max0 / 127f;
        for (var i = 0; i < vector.Length; i++)
        {
            codes[i] = (sbyte)Math.Clamp(MathF.Round(vector[i] / scale), -127, 127);
        }

        return scale;
    }

    /// <summary>Stores the codes of <paramref name="row"/> (growing the arrays as needed).</summary>
    public void Set(int row, ReadOnlySpan<float> vector)
    {
        EnsureCapacity(row + 1);
        _scales[row] = Quantize(vector, _codes.AsSpan(row * Dimensions, Dimensions));
    }

    /// <summary>Copies row <paramref name="from"/> onto row <paramref name="to"/> (a removal moved the last row).</summary>
    public void Move(int from, int to)
    {
        if (from != to)
        {
            _codes.AsSpan(from * Dimensions, Dimensions).CopyTo(_codes.AsSpan(to * Dimensions, Dimensions));
            _scales[to] = _scales[from];
        }
    }

    /// <summary>Approximate similarity of <paramref name="row"/> to a query quantised with <see cref="Quantize"/> (up to the query's scale).</summary>
    public float Score(ReadOnlySpan<sbyte> query, int row) =>
        Int8Dot.Dot(query, new ReadOnlySpan<sbyte>(_codes, row * Dimensions, Dimensions)) * _scales[row];

    /// <summary>Offers rows [<paramref name="from"/>, <paramref name="to"/>) to <paramref name="heap"/>.</summary>
    public void Scan(ReadOnlySpan<sbyte> query, int from, int to, TopK heap)
    {
        var codes = _codes;
        var scales = _scales;
        var d = Dimensions;
        for (var row = from; row < to; row++)
        {
            heap.Offer(Int8Dot.Dot(query, new ReadOnlySpan<sbyte>(codes, row * d, d)) * scales[row], row);
        }
    }

    /// <summary>Offers the given <paramref name="rows"/> to <paramref name="heap"/>.</summary>
    public void Scan(ReadOnlySpan<sbyte> query, ReadOnlySpan<int> rows, TopK heap)
    {
        var codes = _codes;
        var scales = _scales;
        var d = Dimensions;
        foreach (var row in rows)
        {
            heap.Offer(Int8Dot.Dot(query, new ReadOnlySpan<sbyte>(codes, row * d, d)) * scales[row], row);
        }
    }

    /// <summary>Bytes held (codes and scales).</summary>
    public long Bytes => _codes.LongLength + (_scales.LongLength * sizeof(float));

    private void EnsureCapacity(int rows)
    {
        if (rows <= _scales.Length)
        {
            return;
        }

        var capacity = Math.Max(rows, Math.Max(16, _scales.Length * 2));
        Array.Resize(ref _scales, capacity);
        Array.Resize(ref _codes, capacity * Dimensions);
    }
}
