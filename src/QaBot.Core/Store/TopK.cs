namespace QaBot.Core.Store;

/// <summary>
/// Bounded min-heap of (score, row): the root is the weakest of the best <c>k</c> seen so far, so a scan keeps its
/// top k in O(log k) per better row and O(1) per worse one.
/// </summary>
internal sealed class TopK(int k)
{
    private readonly float[] _scores = new float[k];
    private readonly int[] _rows = new int[k];
    private int _count;

    public int Count => _count;

    /// <summary>The score a row must beat to enter (−∞ until the heap is full).</summary>
    public float Threshold => _count < k ? float.NegativeInfinity : _scores[0];

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

    /// <summary>The held (row, score) pairs, best first (ties by row, so results are deterministic).</summary>
    public (int Row, float Score)[] Sorted()
    {
        var result = new (int Row, float Score)[_count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = (_rows[i], _scores[i]);
        }

        Array.Sort(result, static (a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Row.CompareTo(b.Row));
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
