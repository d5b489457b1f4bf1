using Microsoft.Extensions.VectorData;
using QaBot.Core.Store;

namespace QaBot.Tests.Store;

public sealed class VectorSearchTests : IDisposable
{
    private readonly TempStore _temp = new();

    public void Dispose() => _temp.Dispose();

    private static float[] RandomVector(Random random, int dimensions) =>
        [.. Enumerable.Range(0, dimensions).Select(_ => (float)((random.NextDouble() * 2) - 1))];

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

    [Fact]
    public async Task RankingMatchesBruteForceCosineWithSkipAndTop()
    {
        var random = new Random(7);
        var chunks = _temp.Store.GetChunkCollection(16);
        var records = Enumerable.Range(0, 500).Select(i => new ChunkRecord { Key = "c" + i, ArticleId = "a" + (i % 7), Text = "t", Embedding = RandomVector(random, 16) }).ToList();
        await chunks.UpsertAsync(records);
        var query = RandomVector(random, 16);

        var expected = records.Select(r => (r.Key, Score: Cosine(query, r.Embedding!.Value.ToArray()))).OrderByDescending(x => x.Score).ToList();
        var results = await chunks.SearchAsync(query, 10, new VectorSearchOptions<ChunkRecord> { Skip = 5 }).ToListAsync();

        Assert.Equal(expected.Skip(5).Take(10).Select(x => x.Key), results.Select(r => r.Record.Key));
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(expected[i + 5].Score, results[i].Score!.Value, 5);
        }

        Assert.All(results, r => Assert.Null(r.Record.Embedding));
    }

    [Fact]
    public async Task FilteredSearchScoresOnlyMatchingRecords()
    {
        var random = new Random(3);
        var chunks = _temp.Store.GetChunkCollection(8);
        var records = Enumerable.Range(0, 300).Select(i => new ChunkRecord { Key = "c" + i, ArticleId = "a" + (i % 5), Text = "t", Embedding = RandomVector(random, 8) }).ToList();
        await chunks.UpsertAsync(records);
        var query = RandomVector(random, 8);
        var article = "a3";

        var expected = records.Where(r => r.ArticleId == article).OrderByDescending(r => Cosine(query, r.Embedding!.Value.ToArray())).Take(5).Select(r => r.Key);
        var results = await chunks.SearchAsync(query, 5, new() { Filter = r => r.ArticleId == article, IncludeVectors = true }).ToListAsync();

        Assert.Equal(expected, results.Select(r => r.Record.Key));
        Assert.All(results, r => Assert.Equal(8, r.Record.Embedding!.Value.Length));
    }

    [Fact]
    public async Task RecordsWithoutAVectorAreStoredButNeverFoundByVector()
    {
        var chunks = _temp.Store.GetChunkCollection(2);
        await chunks.UpsertAsync(
        [
            new ChunkRecord { Key = "with", Text = "alpha", Embedding = new float[] { 1, 0 } },
            new ChunkRecord { Key = "without", Text = "alpha beta", Embedding = null },
        ]);

        var found = await chunks.SearchAsync(new float[] { 1, 0 }, 10).Select(r => r.Record.Key).ToListAsync();

        Assert.Equal(["with"], found);
        Assert.NotNull(await chunks.GetAsync("without"));
        Assert.Contains("without", await chunks.KeywordSearchAsync("beta", 10).Select(r => r.Record.Key).ToListAsync());
    }

    [Fact]
    public async Task ScoreThresholdDropsWeakMatches()
    {
        var chunks = _temp.Store.GetChunkCollection(2);
        await chunks.UpsertAsync(
        [
            new ChunkRecord { Key = "same", Text = "t", Embedding = new float[] { 1, 0 } },
            new ChunkRecord { Key = "orthogonal", Text = "t", Embedding = new float[] { 0, 1 } },
        ]);

        var found = await chunks.SearchAsync(new float[] { 2, 0 }, 10, new() { ScoreThreshold = 0.5 }).ToListAsync();

        var only = Assert.Single(found);
        Assert.Equal("same", only.Record.Key);
        Assert.Equal(1.0, only.Score!.Value, 5);
    }

    [Fact]
    public async Task AQueryOfTheWrongSizeIsRefused()
    {
        var chunks = _temp.Store.GetChunkCollection(3);
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => chunks.SearchAsync(new float[] { 1, 2 }, 3).ToListAsync().AsTask());
        Assert.Contains("3-d", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheIndexFollowsUpdatesAndDeletesMadeThroughTheSameStore()
    {
        var chunks = _temp.Store.GetChunkCollection(2);
        await chunks.UpsertAsync([new ChunkRecord { Key = "a", Text = "t", Embedding = new float[] { 1, 0 } }, new ChunkRecord { Key = "b", Text = "t", Embedding = new float[] { 0, 1 } }]);
        Assert.Equal("a", await TopKey(chunks, [1, 0.1f])); // loads the index

        await chunks.UpsertAsync(new ChunkRecord { Key = "b", Text = "t", Embedding = new float[] { 1, 0.1f } });
        Assert.Equal("b", await TopKey(chunks, [1, 0.1f]));

        await chunks.DeleteAsync("b");
        Assert.Equal("a", await TopKey(chunks, [1, 0.1f]));

        await chunks.UpsertAsync(new ChunkRecord { Key = "a", Text = "t", Embedding = null });
        Assert.Null(await TopKey(chunks, [1, 0.1f]));
    }

    [Fact]
    public async Task TheIndexFollowsWritesMadeThroughAnotherStoreOnTheSameFile()
    {
        var reader = _temp.Store.GetChunkCollection(2);
        var writer = _temp.Open().GetChunkCollection(2);
        await writer.UpsertAsync(new ChunkRecord { Key = "a", Text = "t", Embedding = new float[] { 1, 0 } });
        Assert.Equal("a", await TopKey(reader, [0, 1]));

        await writer.UpsertAsync(new ChunkRecord { Key = "b", Text = "t", Embedding = new float[] { 0, 1 } });
        Assert.Equal("b", await TopKey(reader, [0, 1]));

        await writer.DeleteAsync("b");
        await writer.EnsureCollectionDeletedAsync();
        Assert.Null(await TopKey(reader, [0, 1]));

        await writer.UpsertAsync(new ChunkRecord { Key = "c", Text = "t", Embedding = new float[] { 0, 1 } });
        Assert.Equal("c", await TopKey(reader, [0, 1]));
    }

    [Fact]
    public async Task TwoCollectionObjectsOfOneStoreShareOneUpToDateIndex()
    {
        var first = _temp.Store.GetChunkCollection(2);
        var second = (SqliteCollection<ChunkRecord>)_temp.Store.GetCollection<string, ChunkRecord>("chunks", ChunkRecord.CreateDefinition(2));
        await first.UpsertAsync(new ChunkRecord { Key = "a", Text = "t", Embedding = new float[] { 1, 0 } });
        Assert.Equal("a", await TopKey(second, [1, 0]));

        await second.UpsertAsync(new ChunkRecord { Key = "b", Text = "t", Embedding = new float[] { 1, 0.01f } });
        await first.DeleteAsync("a");

        Assert.Equal("b", await TopKey(first, [1, 0]));
        Assert.Equal("b", await TopKey(second, [1, 0]));
    }

    [Fact]
    public async Task HybridSearchFusesVectorAndKeywordRanks()
    {
        var chunks = _temp.Store.GetChunkCollection(2);
        await chunks.UpsertAsync(
        [
            new ChunkRecord { Key = "vector-only", Text = "unrelated words", Embedding = new float[] { 1, 0 } },
            new ChunkRecord { Key = "keyword-only", Text = "the pipeline gas deal was signed after long talks in the capital", Embedding = new float[] { -1, 0 } },
            new ChunkRecord { Key = "both", Text = "gas pipeline through Siberia", Embedding = new float[] { 0.9f, 0.1f } },
        ]);

        var results = await chunks.HybridSearchAsync(new float[] { 1, 0 }, ["pipeline"], 3).ToListAsync();

        Assert.Equal("both", results[0].Record.Key);
        Assert.Equal((1.0 / 62) + (1.0 / 61), results[0].Score!.Value, 9);
        Assert.Equal(3, results.Count);
    }

    private static async Task<string?> TopKey(SqliteCollection<ChunkRecord> chunks, float[] query)
    {
        await foreach (var result in chunks.SearchAsync(query, 1))
        {
            return result.Record.Key;
        }

        return null;
    }
}
