using QaBot.Core.Store;

namespace QaBot.Tests.Store;

public sealed class StoreTransactionTests : IDisposable
{
    private readonly TempStore _temp = new();

    public void Dispose() => _temp.Dispose();

    private static StoredArticle Article(string id, string hash) =>
        new(id, "Title " + id, new DateOnly(2023, 1, 2), new Uri("https://example.org/" + id), $"data/articles/{id}.txt", hash, 1, DateTimeOffset.UnixEpoch);

    private async Task<(SqliteCollection<ChunkRecord> Chunks, ArticleCatalog Catalog)> SeedAsync()
    {
        var chunks = _temp.Store.GetChunkCollection(2);
        var catalog = new SqliteArticleCatalog(_temp.Store);
        await _temp.Store.RunInTransactionAsync(async ct =>
        {
            await catalog.UpsertAsync(Article("a", "old"), "old text", ct);
            await chunks.UpsertAsync(new ChunkRecord { Key = "a#0", ArticleId = "a", Text = "old pipeline text", Embedding = new float[] { 1, 0 } }, ct);
        });
        return (chunks, catalog);
    }

    [Fact]
    public async Task AWriteThatFailsHalfWayLeavesTheOldStateIntact()
    {
        var (chunks, catalog) = await SeedAsync();
        Assert.Equal("a#0", (await chunks.SearchAsync(new float[] { 1, 0 }, 1).SingleAsync()).Record.Key); // index loaded

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => _temp.Store.RunInTransactionAsync(async ct =>
        {
            await chunks.DeleteWhereAsync(r => r.ArticleId == "a", ct);
            await chunks.UpsertAsync(new ChunkRecord { Key = "a#0", ArticleId = "a", Text = "new wheat text", Embedding = new float[] { 0, 1 } }, ct);
            await chunks.UpsertAsync(new ChunkRecord { Key = "a#1", ArticleId = "a", Text = "more wheat", Embedding = new float[] { 0, 1 } }, ct);
            await catalog.UpsertAsync(Article("a", "new"), "new text", ct);
            await _temp.Store.SetEmbeddingStampAsync(new EmbeddingStamp("other", 2), ct);

            // inside the transaction, reads see its own writes
            Assert.Equal("new", (await catalog.GetAsync("a", ct))!.ContentHash);
            throw new InvalidOperationException("crash half-way");
        }));

        Assert.Equal("crash half-way", failure.Message);
        Assert.Equal("old", (await catalog.GetAsync("a"))!.ContentHash);
        Assert.Equal("old text", await catalog.GetTextAsync("a"));
        Assert.Null(await _temp.Store.GetEmbeddingStampAsync());
        Assert.Equal(["a#0"], await chunks.GetAsync(r => true, 10).Select(r => r.Key).ToListAsync());
        Assert.Equal(["a#0"], await chunks.KeywordSearchAsync("pipeline", 10).Select(r => r.Record.Key).ToListAsync());
        Assert.Empty(await chunks.KeywordSearchAsync("wheat", 10).ToListAsync());
        var top = await chunks.SearchAsync(new float[] { 0, 1 }, 10).ToListAsync();
        Assert.Equal("a#0", Assert.Single(top).Record.Key);
        Assert.Equal(0.0, top[0].Score!.Value, 5); // still the old [1, 0] vector

        // and the same holds for a fresh process
        var reopened = _temp.Open().GetChunkCollection(2);
        Assert.Equal(["a#0"], await reopened.SearchAsync(new float[] { 0, 1 }, 10).Select(r => r.Record.Key).ToListAsync());
    }

    [Fact]
    public async Task ACommittedTransactionUpdatesEverythingAndTheIndex()
    {
        var (chunks, catalog) = await SeedAsync();
        await chunks.SearchAsync(new float[] { 1, 0 }, 1).ToListAsync();

        await _temp.Store.RunInTransactionAsync(async ct =>
        {
            await chunks.DeleteWhereAsync(r => r.ArticleId == "a", ct);
            await chunks.UpsertAsync(new ChunkRecord { Key = "a#0", ArticleId = "a", Text = "new wheat text", Embedding = new float[] { 0, 1 } }, ct);
            await catalog.UpsertAsync(Article("a", "new"), "new text", ct);
        });

        Assert.Equal("new text", await catalog.GetTextAsync("a"));
        Assert.Equal(1.0, (await chunks.SearchAsync(new float[] { 0, 1 }, 1).SingleAsync()).Score!.Value, 5);
        Assert.Equal(["a#0"], await chunks.KeywordSearchAsync("wheat", 10).Select(r => r.Record.Key).ToListAsync());
    }

    [Fact]
    public async Task ReadersKeepWorkingAndSeeTheOldStateWhileAWriterIsMidTransaction()
    {
        var (chunks, catalog) = await SeedAsync();
        var written = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var writer = _temp.Store.RunInTransactionAsync(async ct =>
        {
            await chunks.UpsertAsync(new ChunkRecord { Key = "b#0", ArticleId = "b", Text = "pipeline news", Embedding = new float[] { 0, 1 } }, ct);
            await catalog.UpsertAsync(Article("b", "h"), "b text", ct);
            written.SetResult();
            await release.Task;
        });
        await written.Task;

        // Another flow (as another Telegram chat would) reads while the write transaction is open.
        var reads = Task.Run(async () =>
        {
            var articles = await catalog.ListAsync();
            var keyword = await chunks.KeywordSearchAsync("pipeline", 10).Select(r => r.Record.Key).ToListAsync();
            var vector = await chunks.SearchAsync(new float[] { 0, 1 }, 10).Select(r => r.Record.Key).ToListAsync();
            var fromOtherStore = await _temp.Open().GetChunkCollection(2).GetAsync("b#0");
            return (articles, keyword, vector, fromOtherStore);
        });
        var completed = await Task.WhenAny(reads, Task.Delay(TimeSpan.FromSeconds(10)));
        Assert.Same(reads, completed);

        var (articlesDuring, keywordDuring, vectorDuring, otherDuring) = await reads;
        Assert.Equal(["a"], articlesDuring.Select(a => a.Id));
        Assert.Equal(["a#0"], keywordDuring);
        Assert.Equal(["a#0"], vectorDuring);
        Assert.Null(otherDuring);

        release.SetResult();
        await writer;
        Assert.Equal(["a", "b"], (await catalog.ListAsync()).Select(a => a.Id));
        Assert.Equal("b#0", (await chunks.SearchAsync(new float[] { 0, 1 }, 1).SingleAsync()).Record.Key);
    }

    [Fact]
    public async Task ConcurrentSearchesDuringManySmallWritesStayConsistent()
    {
        var chunks = _temp.Store.GetChunkCollection(2);
        await chunks.UpsertAsync(new ChunkRecord { Key = "anchor", Text = "anchor", Embedding = new float[] { 1, 0 } });

        var writes = Task.Run(async () =>
        {
            for (var i = 0; i < 100; i++)
            {
                await chunks.UpsertAsync(new ChunkRecord { Key = "w" + i, Text = "w", Embedding = new float[] { 0, 1 } });
            }
        });
        var searches = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (!writes.IsCompleted)
            {
                var top = await chunks.SearchAsync(new float[] { 1, 0 }, 1).SingleAsync();
                Assert.Equal("anchor", top.Record.Key);
            }
        })).ToList();

        await Task.WhenAll(searches.Append(writes));
        Assert.Equal(101, await chunks.SearchAsync(new float[] { 0, 1 }, 500).CountAsync());
    }

    [Fact]
    public async Task NestedTransactionsJoinTheOuterOne()
    {
        var catalog = new SqliteArticleCatalog(_temp.Store);

        await Assert.ThrowsAsync<InvalidOperationException>(() => _temp.Store.RunInTransactionAsync(async ct =>
        {
            await _temp.Store.RunInTransactionAsync(inner => catalog.UpsertAsync(Article("x", "h"), null, inner), ct);
            throw new InvalidOperationException("outer fails");
        }));

        Assert.Null(await catalog.GetAsync("x"));
    }
}
