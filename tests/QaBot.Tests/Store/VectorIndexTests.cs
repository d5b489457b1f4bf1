using QaBot.Core.Store;

namespace QaBot.Tests.Store;

public sealed class VectorIndexTests
{
    [Fact]
    public void ParallelScanOfALargeIndexFindsTheSameTopKAsBruteForce()
    {
        var random = new Random(11);
        const int rows = VectorIndex.ParallelThreshold + 5_000;
        const int dimensions = 8;
        var vectors = new float[rows][];
        var index = new VectorIndex(dimensions);
        for (var i = 0; i < rows; i++)
        {
            vectors[i] = [.. Enumerable.Range(0, dimensions).Select(_ => (float)random.NextDouble() - 0.5f)];
            index.Upsert("r" + i, vectors[i]);
        }

        var query = vectors[123].Select(x => x * 3).ToArray();
        var expected = Enumerable.Range(0, rows)
            .Select(i => (Key: "r" + i, Score: Cosine(query, vectors[i])))
            .OrderByDescending(x => x.Score).Take(20).ToList();

        var actual = index.Search(query, 20);

        Assert.Equal(expected.Select(x => x.Key), actual.Select(x => x.Key));
        Assert.Equal("r123", actual[0].Key);
        Assert.Equal(1.0, actual[0].Score, 5);
    }

    [Fact]
    public void RemovingMovesTheLastRowAndKeepsEveryKeyFindable()
    {
        var index = new VectorIndex(2);
        index.Upsert("a", [1, 0]);
        index.Upsert("b", [0, 1]);
        index.Upsert("c", [-1, 0]);

        Assert.True(index.Remove("a"));
        Assert.False(index.Remove("a"));
        index.Upsert("c", [1, 0.1f]);

        Assert.Equal(2, index.Count);
        Assert.Equal("c", index.Search([1, 0], 1)[0].Key);
        Assert.Equal("b", index.Search([0, 1], 1)[0].Key);
        Assert.Equal(["b"], index.Search([1, 0], 5, onlyKeys: ["b", "a", "zzz"]).Select(x => x.Key));
    }

    private static double Cosine(float[] a, float[] b)
    {
        double dot = 0, na = 0, nb = 0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += a[i] * (double)b[i];
            na += a[i] * (double)a[i];
            nb += b[i] * (double)b[i];
        }

        return dot / Math.Sqrt(na * nb);
    }
}
