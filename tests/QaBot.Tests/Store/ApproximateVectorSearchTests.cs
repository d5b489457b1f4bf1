using QaBot.Core.Store;

namespace QaBot.Tests.Store;

public sealed class ApproximateVectorSearchTests
{
    private const int Dimensions = 48;

    [Theory]
    [InlineData(VectorSearchMode.Quantized, 0.99)]
    [InlineData(VectorSearchMode.Ivf, 0.95)]
    public void ApproximateSearchFindsNearlyAllOfTheExactTopTenOnClusteredData(VectorSearchMode mode, double minimumRecall)
    {
        var (index, random) = ClusteredIndex(rows: 12_000, seed: 5);
        var search = new VectorSearchIndex(index, new StoreOptions { VectorSearch = mode, IvfProbes = 16 });

        var recall = Enumerable.Range(0, 50).Select(_ =>
        {
            var query = Noisy(random, Center(random), 0.5f);
            var exact = index.Search(query, 10).Select(h => h.Key).ToHashSet();
            return search.Search(query, 10, null).Count(h => exact.Contains(h.Key)) / 10.0;
        }).Average();

        Assert.Equal(mode, search.Mode);
        Assert.True(recall >= minimumRecall, $"{mode} recall@10 was {recall:0.000}");
    }

    [Theory]
    [InlineData(VectorSearchMode.Quantized)]
    [InlineData(VectorSearchMode.Ivf)]
    public void ApproximateSearchReportsExactCosinesBestFirst(VectorSearchMode mode)
    {
        var (index, random) = ClusteredIndex(rows: 3_000, seed: 8);
        var search = new VectorSearchIndex(index, new StoreOptions { VectorSearch = mode });
        var query = Noisy(random, Center(random), 0.5f);

        var hits = search.Search(query, 10, null);

        Assert.Equal(10, hits.Count);
        Assert.True(hits.Zip(hits.Skip(1), (a, b) => a.Score >= b.Score).All(ordered => ordered));
        var exactScores = index.Search(query, 3_000).ToDictionary(h => h.Key, h => h.Score);
        Assert.All(hits, h => Assert.Equal(exactScores[h.Key], h.Score, 5));
    }

    [Theory]
    [InlineData(VectorSearchMode.Quantized)]
    [InlineData(VectorSearchMode.Ivf)]
    public void UpsertsAndDeletesAreSeenByTheNextSearch(VectorSearchMode mode)
    {
        var (index, random) = ClusteredIndex(rows: 4_000, seed: 13);
        var search = new VectorSearchIndex(index, new StoreOptions { VectorSearch = mode, IvfProbes = 8 });
        var target = Noisy(random, Center(random), 0.5f);

        search.Upsert("new", target);
        Assert.Equal("new", search.Search(target, 1, null)[0].Key);

        // Deleting a row from the middle moves the last row into its place; the moved row must stay findable under its key.
        search.Remove("new");
        var lastKey = index.KeyAt(index.Count - 1);
        var lastVector = index.RowVector(index.Count - 1).ToArray();
        search.Remove("r17");
        Assert.DoesNotContain(search.Search(target, 20, null), h => h.Key is "new" or "r17");
        Assert.Equal(lastKey, search.Search(lastVector, 1, null)[0].Key);

        // Replacing a vector moves the key to its new neighbourhood.
        search.Upsert("r5", target);
        Assert.Equal("r5", search.Search(target, 1, null)[0].Key);
        Assert.Equal(3_999, search.Count);
    }

    [Fact]
    public void AutoPicksExactThenQuantizedThenIvfAsTheCollectionGrows()
    {
        // ApproximateFromRows counts 384-d rows: 4-d vectors switch at 3 × 384 / 4 = 288 rows.
        var options = new StoreOptions { QuantizedFromRows = 100, ApproximateFromRows = 3 };
        var index = new VectorIndex(4);
        var search = new VectorSearchIndex(index, options);
        var random = new Random(3);
        var modes = new List<VectorSearchMode>();
        for (var i = 0; i < 400; i++)
        {
            search.Upsert("k" + i, [(float)random.NextDouble(), (float)random.NextDouble(), (float)random.NextDouble(), 1]);
            search.Prepare();
            if (i is 50 or 150 or 350)
            {
                modes.Add(search.Mode);
                var query = new[] { 0.2f, 0.3f, 0.1f, 1 };
                Assert.Equal(index.Search(query, 1)[0].Key, search.Search(query, 1, null)[0].Key);
            }
        }

        Assert.Equal([VectorSearchMode.Exact, VectorSearchMode.Quantized, VectorSearchMode.Ivf], modes);
    }

    [Fact]
    public void AKeyFilterIsAlwaysSearchedExactly()
    {
        var (index, random) = ClusteredIndex(rows: 2_000, seed: 21);
        var search = new VectorSearchIndex(index, new StoreOptions { VectorSearch = VectorSearchMode.Ivf, IvfProbes = 1 });
        var query = Noisy(random, Center(random), 0.5f);

        var hits = search.Search(query, 3, ["r1", "r2", "r3", "r4"]);

        Assert.Equal(index.Search(query, 3, ["r1", "r2", "r3", "r4"]).Select(h => h.Key), hits.Select(h => h.Key));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(15)]
    [InlineData(16)]
    [InlineData(33)]
    [InlineData(100)]
    [InlineData(1536)]
    public void Int8DotProductIsExactForEveryLength(int length)
    {
        var random = new Random(length);
        var a = Enumerable.Range(0, length).Select(_ => (sbyte)random.Next(-127, 128)).ToArray();
        var b = Enumerable.Range(0, length).Select(_ => (sbyte)random.Next(-127, 128)).ToArray();

        Assert.Equal(a.Zip(b, (x, y) => x * y).Sum(), Int8Dot.Dot(a, b));
    }

    private static readonly float[][] Centers = [.. Enumerable.Range(0, 40).Select(i => Noisy(new Random(1000 + i), new float[Dimensions], 1f))];

    private static float[] Center(Random random) => Centers[random.Next(Centers.Length)];

    private static (VectorIndex Index, Random Random) ClusteredIndex(int rows, int seed)
    {
        var random = new Random(seed);
        var index = new VectorIndex(Dimensions);
        for (var i = 0; i < rows; i++)
        {
            index.Upsert("r" + i, Noisy(random, Center(random), 0.5f));
        }

        return (index, random);
    }

    private static float[] Noisy(Random random, float[] center, float noise) =>
        [.. center.Select(c => c + (noise * (float)((random.NextDouble() * 2) - 1)))];
}
