using QaBot.Core.Store;

namespace QaBot.Tests.Store;

public sealed class CommonTermTests : IDisposable
{
    private readonly TempStore _temp = new();

    public void Dispose() => _temp.Dispose();

    private async Task<(SqliteCollection<ChunkRecord> Pruned, SqliteCollection<ChunkRecord> Unpruned, SqliteVectorStore A, SqliteVectorStore B)> OpenAsync()
    {
        var pruned = new SqliteVectorStore(new StoreOptions { Path = _temp.DbPath, CommonTermShare = 0.5, CommonTermFromRows = 0 });
        var unpruned = new SqliteVectorStore(new StoreOptions { Path = _temp.DbPath, CommonTermShare = 1.0 });
        var chunks = pruned.GetChunkCollection(2);
        // "union" is in every row, "tariff" in two of ten.
        await chunks.UpsertAsync(Enumerable.Range(0, 10).Select(i => new ChunkRecord
        {
            Key = "a#" + i,
            ArticleId = "a",
            Text = i < 2 ? $"The union debated the tariff, passage {i}." : $"The state of the union, passage {i}.",
        }));
        return (chunks, unpruned.GetChunkCollection(2), pruned, unpruned);
    }

    [Fact]
    public async Task AWordInMostRowsIsLeftOutOfTheQueryButTheRareWordsRankingStays()
    {
        var (pruned, unpruned, a, b) = await OpenAsync();
        using (a)
        using (b)
        {
            var few = await pruned.KeywordSearchAsync("union tariff", 10).Select(r => r.Record.Key).ToListAsync();
            var all = await unpruned.KeywordSearchAsync("union tariff", 10).Select(r => r.Record.Key).ToListAsync();

            Assert.Equal(["a#0", "a#1"], few.Order());
            Assert.Equal(10, all.Count);
            Assert.Equal(few.Order(), all.Take(2).Order());
        }
    }

    [Fact]
    public async Task WhenEveryWordIsCommonTheRarestIsKept()
    {
        var (pruned, _, a, b) = await OpenAsync();
        using (a)
        using (b)
        {
            Assert.Equal(10, await pruned.KeywordSearchAsync("union", 20).CountAsync());
            Assert.Equal(10, await pruned.KeywordSearchAsync("union passage", 20).CountAsync());
        }
    }

    [Fact]
    public async Task CountsFollowWritesSoAWordThatBecomesRareIsSearchedAgain()
    {
        var (pruned, _, a, b) = await OpenAsync();
        using (a)
        using (b)
        {
            Assert.Equal(10, await pruned.CountKeywordMatchesAsync("union"));
            await pruned.DeleteAsync(Enumerable.Range(2, 8).Select(i => "a#" + i));
            await pruned.UpsertAsync(Enumerable.Range(0, 8).Select(i => new ChunkRecord { Key = "b#" + i, ArticleId = "b", Text = $"Weather report {i}." }));

            Assert.Equal(2, await pruned.CountKeywordMatchesAsync("union"));
            // "weather" (8 of 10 rows) is left out now, "union" (2 of 10) no longer is.
            Assert.Equal(["a#0", "a#1"], (await pruned.KeywordSearchAsync("union weather", 10).Select(r => r.Record.Key).ToListAsync()).Order());
        }
    }

    [Fact]
    public async Task ASmallCollectionKeepsEveryWord()
    {
        var (_, _, a, b) = await OpenAsync();
        a.Dispose();
        b.Dispose();
        using var small = new SqliteVectorStore(new StoreOptions { Path = _temp.DbPath, CommonTermShare = 0.5, CommonTermFromRows = 11 });

        Assert.Equal(10, await small.GetChunkCollection(2).KeywordSearchAsync("union tariff", 10).CountAsync());
    }
}
