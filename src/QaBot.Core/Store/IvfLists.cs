using System.Numerics.Tensors;

namespace QaBot.Core.Store;

/// <summary>
/// An inverted-file (IVF) partition of an index's rows: k-means centroids, and per centroid the list of rows closest to
/// it. A search scores the centroids, then only the rows of the <c>probes</c> nearest lists — a few percent of the
/// index — so latency stops growing with the whole collection. Rows added later go to their nearest list; removals
/// and the last-row moves of <see cref="VectorIndex"/> are mirrored in O(1). Retrain when the index has grown well past
/// the size it was trained on (<see cref="TrainedRows"/>).
/// </summary>
internal sealed class IvfLists
{
    private const int SampleRowsPerList = 40;
    private const int Iterations = 8;

    private readonly float[] _centroids;
    private readonly List<int>[] _lists;
    private int[] _listOf = [];
    private int[] _positionIn = [];

    private IvfLists(int dimensions, float[] centroids, int listCount, int trainedRows)
    {
        Dimensions = dimensions;
        _centroids = centroids;
        _lists = new List<int>[listCount];
        for (var l = 0; l < listCount; l++)
        {
            _lists[l] = [];
        }

        TrainedRows = trainedRows;
    }

    public int Dimensions { get; }

    public int ListCount => _lists.Length;

    /// <summary>Number of rows the centroids were trained for.</summary>
    public int TrainedRows { get; }

    /// <summary>How many lists a collection of <paramref name="rows"/> gets: about √rows.</summary>
    public static int ListsFor(int rows) => Math.Clamp((int)Math.Sqrt(rows), 1, 4096);

    /// <summary>Trains centroids on a seeded sample of <paramref name="index"/> and assigns every row.</summary>
    public static IvfLists Train(VectorIndex index, int seed = 17)
    {
        var d = index.Dimensions;
        var k = ListsFor(index.Count);
        var random = new Random(seed);
        var sampleSize = Math.Min(index.Count, k * SampleRowsPerList);
        var sample = SampleRows(index.Count, sampleSize, random);

        var centroids = new float[k * d];
        for (var c = 0; c < k; c++)
        {
            index.RowVector(sample[c % sample.Length]).CopyTo(centroids.AsSpan(c * d, d));
        }

        var assignment = new int[sample.Length];
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            Parallel.For(0, sample.Length, i => assignment[i] = Nearest(centroids, k, d, index.RowVector(sample[i])));
            var sums = new float[k * d];
            var counts = new int[k];
            for (var i = 0; i < sample.Length; i++)
            {
                var target = sums.AsSpan(assignment[i] * d, d);
                TensorPrimitives.Add(target, index.RowVector(sample[i]), target);
                counts[assignment[i]]++;
            }

            for (var c = 0; c < k; c++)
            {
                var centroid = centroids.AsSpan(c * d, d);
                if (counts[c] == 0)
                {
                    // An empty cluster restarts from a random sample row, so no list stays useless.
                    index.RowVector(sample[random.Next(sample.Length)]).CopyTo(centroid);
                    continue;
                }

                sums.AsSpan(c * d, d).CopyTo(centroid);
                VectorIndex.Normalize(centroid);
            }
        }

        var lists = new IvfLists(d, centroids, k, index.Count);
        var nearest = new int[index.Count];
        Parallel.For(0, index.Count, row => nearest[row] = Nearest(centroids, k, d, index.RowVector(row)));
        lists.EnsureCapacity(index.Count);
        for (var row = 0; row < index.Count; row++)
        {
            lists.Add(row, nearest[row]);
        }

        return lists;
    }

    /// <summary>Files <paramref name="row"/> (new or changed) under its nearest centroid.</summary>
    public void Assign(int row, ReadOnlySpan<float> vector)
    {
        EnsureCapacity(row + 1);
        if (_listOf[row] >= 0)
        {
            Unlink(row);
        }

        Add(row, Nearest(_centroids, _lists.Length, Dimensions, vector));
    }

    /// <summary>Mirrors <see cref="VectorIndex"/> removing <paramref name="row"/> and moving <paramref name="movedFrom"/> into it.</summary>
    public void Remove(int row, int movedFrom)
    {
        Unlink(row);
        if (movedFrom != row && movedFrom < _listOf.Length && _listOf[movedFrom] >= 0)
        {
            var list = _listOf[movedFrom];
            var position = _positionIn[movedFrom];
            _lists[list][position] = row;
            _listOf[row] = list;
            _positionIn[row] = position;
            _listOf[movedFrom] = -1;
        }
    }

    /// <summary>The lists of the <paramref name="probes"/> centroids nearest to <paramref name="query"/> (normalised).</summary>
    public IEnumerable<List<int>> Probe(ReadOnlySpan<float> query, int probes)
    {
        var heap = new TopK(Math.Min(probes, _lists.Length));
        for (var c = 0; c < _lists.Length; c++)
        {
            heap.Offer(TensorPrimitives.Dot(query, new ReadOnlySpan<float>(_centroids, c * Dimensions, Dimensions)), c);
        }

        return heap.Sorted().Select(h => _lists[h.Row]);
    }

    /// <summary>Bytes held (centroids and row bookkeeping).</summary>
    public long Bytes => (_centroids.LongLength * sizeof(float)) + (_listOf.LongLength * 3 * sizeof(int));

    private void Add(int row, int list)
    {
        _listOf[row] = list;
        _positionIn[row] = _lists[list].Count;
        _lists[list].Add(row);
    }

    private void Unlink(int row)
    {
        if (row >= _listOf.Length || _listOf[row] < 0)
        {
            return;
        }

        var members = _lists[_listOf[row]];
        var position = _positionIn[row];
        var lastRow = members[^1];
        members[position] = lastRow;
        _positionIn[lastRow] = position;
        members.RemoveAt(members.Count - 1);
        _listOf[row] = -1;
    }

    private void EnsureCapacity(int rows)
    {
        if (rows <= _listOf.Length)
        {
            return;
        }

        var old = _listOf.Length;
        var capacity = Math.Max(rows, Math.Max(16, old * 2));
        Array.Resize(ref _listOf, capacity);
        Array.Resize(ref _positionIn, capacity);
        _listOf.AsSpan(old).Fill(-1);
    }

    private static int Nearest(float[] centroids, int k, int d, ReadOnlySpan<float> vector)
    {
        var best = 0;
        var bestScore = float.NegativeInfinity;
        for (var c = 0; c < k; c++)
        {
            var score = TensorPrimitives.Dot(vector, new ReadOnlySpan<float>(centroids, c * d, d));
            if (score > bestScore)
            {
                bestScore = score;
                best = c;
            }
        }

        return best;
    }

    private static int[] SampleRows(int count, int size, Random random)
    {
        var rows = Enumerable.Range(0, count).ToArray();
        random.Shuffle(rows);
        return rows[..size];
    }
}
