using System.Text.RegularExpressions;
using QaBot.Core.Store;

namespace QaBot.Tests.Store;

public sealed class KeywordSearchTests : IDisposable
{
    private readonly TempStore _temp = new();

    public void Dispose() => _temp.Dispose();

    private async Task<SqliteCollection<ChunkRecord>> ChunksAsync(params (string Key, string Text)[] texts)
    {
        var chunks = _temp.Store.GetChunkCollection(2);
        await chunks.UpsertAsync(texts.Select(t => new ChunkRecord { Key = t.Key, ArticleId = t.Key.Split('#')[0], Text = t.Text }));
        return chunks;
    }

    private static Task<List<string>> Keys(SqliteCollection<ChunkRecord> chunks, string query, int top = 10) =>
        chunks.KeywordSearchAsync(query, top).Select(r => r.Record.Key).ToListAsync().AsTask();

    [Fact]
    public async Task TheTradeVolumeQuestionFindsThePassageWithTheFigureAmongTheSampleArticles()
    {
        // Passages of ~400 characters cut from the five sample articles shipped in data/articles.
        var passages = new List<(string Key, string Text)>();
        foreach (var file in Directory.GetFiles(Support.RepoPaths.Articles).Order())
        {
            var id = Path.GetFileNameWithoutExtension(file);
            var current = "";
            foreach (var sentence in Regex.Split(await File.ReadAllTextAsync(file), @"(?<=[.!?])\s+|\n+").Where(s => s.Trim().Length > 0).Distinct())
            {
                current += " " + sentence.Trim();
                if (current.Length > 400)
                {
                    passages.Add(($"{id}#{passages.Count}", current.Trim()));
                    current = "";
                }
            }

            passages.Add(($"{id}#{passages.Count}", current.Trim()));
        }

        var chunks = await ChunksAsync([.. passages]);
        var top = await chunks.KeywordSearchAsync("What was the trade volume between Russia and China in 2023?", 3).ToListAsync();

        Assert.Equal("002_9fdd9d7dd336cfc0", top[0].Record.ArticleId);
        Assert.Contains("$228 billion in 2023", top[0].Record.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bm25RanksPassagesWithMoreAndRarerTermsHigher()
    {
        var chunks = await ChunksAsync(
            ("a#0", "sanctions sanctions sanctions on oil exports"),
            ("b#0", "oil prices rose"),
            ("c#0", "weather was mild"),
            ("d#0", "new sanctions were announced"));

        var results = await chunks.KeywordSearchAsync("oil sanctions", 10).ToListAsync();

        Assert.Equal("a#0", results[0].Record.Key);
        Assert.DoesNotContain("c#0", results.Select(r => r.Record.Key));
        Assert.True(results[0].Score > results[^1].Score);
        Assert.All(results, r => Assert.True(r.Score > 0));
    }

    [Fact]
    public async Task TakingTheTopKFromTheIndexBeforeTheJoinGivesTheSameRankingAsJoiningFirst()
    {
        var words = new[] { "oil", "sanctions", "trade", "grain", "ports", "talks", "summit", "exports" };
        var texts = Enumerable.Range(0, 60).Select(i => ($"a{i:00}#0", string.Join(' ', Enumerable.Range(0, 3 + (i % 7)).Select(j => words[((i * 5) + (j * 3)) % words.Length]))));
        var chunks = await ChunksAsync([.. texts]);
        var joinFirst = _temp.Open().GetChunkCollection(2);
        joinFirst.JoinBeforeRanking = true;

        foreach (var query in new[] { "oil sanctions", "grain ports", "summit talks trade", "exports" })
        {
            var indexFirst = await chunks.KeywordSearchAsync(query, 10).Select(r => (r.Record.Key, r.Score)).ToListAsync();
            var joined = await joinFirst.KeywordSearchAsync(query, 10).Select(r => (r.Record.Key, r.Score)).ToListAsync();

            Assert.Equal(10, indexFirst.Count);
            Assert.Equal(joined, indexFirst);
        }
    }

    [Fact]
    public async Task StemmingAndDiacriticsLetVariantsMatch()
    {
        var chunks = await ChunksAsync(("a#0", "The ministers were negotiating a new sanction package in Zürich."));

        Assert.Equal(["a#0"], await Keys(chunks, "sanctions negotiated"));
        Assert.Equal(["a#0"], await Keys(chunks, "zurich"));
    }

    [Theory]
    [InlineData("\"unbalanced quote")]
    [InlineData("trade* OR NEAR(volume")]
    [InlineData("-volume : text:trade ^start")]
    [InlineData("AND OR NOT")]
    [InlineData("{col} : (x) + \"\" '' ; DROP TABLE meta; --")]
    [InlineData("   ")]
    [InlineData("")]
    public async Task HostileQueriesNeverCauseAnFtsSyntaxError(string query)
    {
        var chunks = await ChunksAsync(("a#0", "trade volume text"), ("b#0", "and or not start"));

        var keys = await Keys(chunks, query);

        Assert.NotNull(keys);
        Assert.True(await _temp.Store.CollectionExistsAsync("chunks"));
    }

    [Fact]
    public async Task TheFullTextIndexFollowsUpdatesAndDeletes()
    {
        var chunks = await ChunksAsync(("a#0", "pipeline through siberia"), ("b#0", "gas pipeline"));

        await chunks.UpsertAsync(new ChunkRecord { Key = "a#0", ArticleId = "a", Text = "wheat harvest" });
        await chunks.DeleteAsync("b#0");

        Assert.Empty(await Keys(chunks, "pipeline"));
        Assert.Equal(["a#0"], await Keys(chunks, "wheat"));

        await chunks.DeleteWhereAsync(r => r.ArticleId == "a");
        Assert.Empty(await Keys(chunks, "wheat"));
    }

    [Fact]
    public async Task KeywordSearchHonoursTheFilterAndTop()
    {
        var chunks = await ChunksAsync(("a#0", "gas deal"), ("a#1", "gas gas deal"), ("b#0", "gas gas gas"));

        Assert.Equal(["a#1"], await chunks.KeywordSearchAsync("gas", 1, r => r.ArticleId == "a").Select(r => r.Record.Key).ToListAsync());
    }

    [Fact]
    public void QueriesAreBuiltFromQuotedWordsWithoutStopwords()
    {
        Assert.Equal("\"trade\" OR \"volume\" OR \"228\" OR \"2023\"", FullTextQuery.Build("What was the trade volume ($228) in 2023?"));
        Assert.Equal("\"the\"", FullTextQuery.Build("the"));
        Assert.Null(FullTextQuery.Build("?!* \"-"));
    }

    [Fact]
    public async Task ASmallNumberIsFoundWrittenAsAFigureOrAWord()
    {
        var chunks = await ChunksAsync(("a#0", "trade in the first seven months"), ("b#0", "a gas deal"));

        Assert.Equal("\"first\" OR \"7\" OR \"seven\" OR \"months\"", FullTextQuery.Build("the first 7 months"));
        Assert.Equal(["a#0"], await chunks.KeywordSearchAsync("the first 7 months", 5).Select(r => r.Record.Key).ToListAsync());
        Assert.Equal("\"2\"", FullTextQuery.Build("whats 2+2"));
    }
}
