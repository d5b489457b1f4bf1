using Microsoft.Extensions.VectorData;
using QaBot.Core.Chunking;
using QaBot.Core.Store;

namespace QaBot.Tests.Store;

public sealed class SqliteCollectionTests : IDisposable
{
    private readonly TempStore _temp = new();

    public void Dispose() => _temp.Dispose();

    private SqliteCollection<AllTypesRecord> Collection(SqliteVectorStore? store = null) =>
        (SqliteCollection<AllTypesRecord>)(store ?? _temp.Store).GetCollection<string, AllTypesRecord>("things");

    private static AllTypesRecord Sample(string id, int count = 1) => new()
    {
        Id = id,
        Name = "name " + id,
        OptionalText = null,
        Count = count,
        MaybeCount = count % 2 == 0 ? count : null,
        Big = 1L << 40,
        Ratio = 0.125 * count,
        Weight = 2.5f,
        Flag = count % 2 == 0,
        MaybeFlag = null,
        When = new DateTimeOffset(2023, 5, 6, 7, 8, 9, TimeSpan.FromHours(3)),
        MaybeWhen = count > 2 ? new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero) : null,
        Token = Guid.Parse("6f9619ff-8b86-d011-b42d-00cf4fc964ff"),
        Tags = ["x", "tag" + count],
        Labels = count > 1 ? ["é", "b"] : null,
        Body = "body of " + id,
        Vector = [count, 1, 0, 0.5f],
    };

    [Fact]
    public async Task EveryDataTypeRoundTripsThroughTheFile()
    {
        var original = Sample("a", 4);
        await Collection().UpsertAsync(original);

        // Read through a second store object so nothing comes from memory.
        var read = await Collection(_temp.Open()).GetAsync("a", new RecordRetrievalOptions { IncludeVectors = true });

        Assert.NotNull(read);
        Assert.Equal(original.Name, read.Name);
        Assert.Null(read.OptionalText);
        Assert.Equal(4, read.Count);
        Assert.Equal(4, read.MaybeCount);
        Assert.Equal(1L << 40, read.Big);
        Assert.Equal(0.5, read.Ratio);
        Assert.Equal(2.5f, read.Weight);
        Assert.True(read.Flag);
        Assert.Null(read.MaybeFlag);
        Assert.Equal(original.When, read.When); // same instant (stored as UTC)
        Assert.Equal(original.MaybeWhen, read.MaybeWhen);
        Assert.Equal(original.Token, read.Token);
        Assert.Equal(["x", "tag4"], read.Tags);
        Assert.Equal(["é", "b"], read.Labels!);
        Assert.Equal("body of a", read.Body);
        Assert.Equal([4f, 1f, 0f, 0.5f], read.Vector!);
    }

    [Fact]
    public async Task VectorsAreReturnedOnlyWhenAskedFor()
    {
        await Collection().UpsertAsync(Sample("a"));

        var without = await Collection().GetAsync("a");
        var with = await Collection().GetAsync("a", new RecordRetrievalOptions { IncludeVectors = true });

        Assert.Null(without!.Vector);
        Assert.NotNull(with!.Vector);
    }

    [Fact]
    public async Task ChunkRecordRoundTripsWithADefinitionOfAnotherDimension()
    {
        var chunks = _temp.Store.GetChunkCollection(3);
        var chunk = new Chunk("001#0", "001", "Title", new DateOnly(2021, 12, 15), new Uri("https://example.org/a"), 0, 0, 10, "Some text.");
        await chunks.UpsertAsync(ChunkRecord.From(chunk, new float[] { 1, 2, 3 }));

        var read = await chunks.GetAsync("001#0", new RecordRetrievalOptions { IncludeVectors = true });

        Assert.Equal(chunk, read!.ToChunk());
        Assert.Equal([1f, 2f, 3f], read.Embedding!.Value.ToArray());
    }

    [Fact]
    public async Task GetReturnsNullForMissingKeysAndBatchesManyKeys()
    {
        var collection = Collection();
        Assert.Null(await collection.GetAsync("nothing-yet")); // collection not even created
        await collection.UpsertAsync(Enumerable.Range(0, 1200).Select(i => Sample("k" + i, i)));

        Assert.Null(await collection.GetAsync("missing"));
        var keys = Enumerable.Range(0, 1200).Where(i => i % 2 == 0).Select(i => "k" + i).Append("missing").ToList();
        var found = await collection.GetAsync(keys).ToListAsync();

        Assert.Equal(600, found.Count);
        Assert.Equal(keys.Where(k => k != "missing").Order(), found.Select(r => r.Id).Order());
    }

    [Fact]
    public async Task UpsertReplacesAnExistingRecord()
    {
        var collection = Collection();
        await collection.UpsertAsync(Sample("a", 1));
        var changed = Sample("a", 2);
        changed.Name = "renamed";
        await collection.UpsertAsync(changed);

        var read = await collection.GetAsync("a");
        Assert.Equal("renamed", read!.Name);
        Assert.Equal(2, read.Count);
        Assert.Single(await collection.GetAsync(r => true, 10).ToListAsync());
    }

    [Fact]
    public async Task DeleteRemovesSingleAndManyKeysAndIgnoresMissingOnes()
    {
        var collection = Collection();
        await collection.UpsertAsync(Enumerable.Range(0, 5).Select(i => Sample("k" + i, i)));

        await collection.DeleteAsync("k0");
        await collection.DeleteAsync(["k1", "k2", "not-there"]);

        var left = await collection.GetAsync(r => true, 10).Select(r => r.Id).ToListAsync();
        Assert.Equal(["k3", "k4"], left);
    }

    [Fact]
    public async Task DeleteWhereRemovesEveryMatchingRecord()
    {
        var collection = _temp.Store.GetChunkCollection(3);
        await collection.UpsertAsync(
        [
            new ChunkRecord { Key = "a#0", ArticleId = "a", Text = "one" },
            new ChunkRecord { Key = "a#1", ArticleId = "a", Text = "two" },
            new ChunkRecord { Key = "b#0", ArticleId = "b", Text = "three" },
        ]);

        var deleted = await collection.DeleteWhereAsync(r => r.ArticleId == "a");

        Assert.Equal(2, deleted);
        Assert.Equal(["b#0"], await collection.GetAsync(r => true, 10).Select(r => r.Key).ToListAsync());
    }

    [Fact]
    public async Task FilteredGetHonoursTopSkipAndOrderBy()
    {
        var collection = Collection();
        await collection.UpsertAsync(Enumerable.Range(0, 10).Select(i => Sample("k" + i, i)));

        var page = await collection.GetAsync(
            r => r.Count >= 2,
            3,
            new FilteredRecordRetrievalOptions<AllTypesRecord> { Skip = 1, OrderBy = o => o.Descending(r => r.Count) }).ToListAsync();

        Assert.Equal([8, 7, 6], page.Select(r => r.Count));
    }

    [Fact]
    public async Task CollectionsAreListedCheckedAndDeleted()
    {
        var store = _temp.Store;
        var collection = Collection();
        Assert.False(await collection.CollectionExistsAsync());

        await collection.EnsureCollectionExistsAsync();
        await store.GetChunkCollection(3).UpsertAsync(new ChunkRecord { Key = "x", Text = "t" });

        Assert.True(await store.CollectionExistsAsync("things"));
        Assert.Equal(["chunks", "things"], await store.ListCollectionNamesAsync().ToListAsync());

        await store.EnsureCollectionDeletedAsync("things");
        Assert.False(await collection.CollectionExistsAsync());
        Assert.Equal(["chunks"], await store.ListCollectionNamesAsync().ToListAsync());
        Assert.Empty(await collection.GetAsync(r => true, 10).ToListAsync());
    }

    [Fact]
    public void NonStringKeysAreRefusedClearly()
    {
        var ex = Assert.Throws<NotSupportedException>(() => _temp.Store.GetCollection<long, LongKeyRecord>("longs"));
        Assert.Contains("string keys", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AVectorOfTheWrongSizeIsRefusedNamingBothSizes()
    {
        var record = Sample("a");
        record.Vector = [1, 2, 3];

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => Collection().UpsertAsync(record));

        Assert.Contains("3-d", ex.Message, StringComparison.Ordinal);
        Assert.Contains("4-d", ex.Message, StringComparison.Ordinal);
        Assert.Null(await Collection().GetAsync("a"));
    }

    [Fact]
    public async Task ReopeningACollectionWithAnotherVectorSizeIsAClearError()
    {
        await _temp.Store.GetChunkCollection(3).UpsertAsync(new ChunkRecord { Key = "x", Text = "t", Embedding = new float[] { 1, 2, 3 } });

        var ex = await Assert.ThrowsAsync<StoreException>(() =>
            _temp.Open().GetChunkCollection(5).UpsertAsync(new ChunkRecord { Key = "y", Text = "t", Embedding = new float[5] }));

        Assert.Contains("3-d", ex.Message, StringComparison.Ordinal);
        Assert.Contains("5-d", ex.Message, StringComparison.Ordinal);
        Assert.Contains("--reembed", ex.Message, StringComparison.Ordinal);
    }
}
