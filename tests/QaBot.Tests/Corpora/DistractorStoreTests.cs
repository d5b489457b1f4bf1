using QaBot.Core.Chunking;
using QaBot.Core.Corpora;
using QaBot.Core.Ingestion;
using QaBot.Core.Store;
using QaBot.Tests.Support;

namespace QaBot.Tests.Corpora;

public sealed class DistractorStoreTests
{
    private static readonly ChunkingOptions Chunking = new();

    [Fact]
    public void TheStoreLivesInADistractorsFolderBesideTheConfiguredStore()
    {
        var store = DistractorStore.For("sotu", Path.Combine("data", "qabot.db"), "glove-100d", Chunking);

        Assert.Equal(Path.GetFullPath(Path.Combine("data", "distractors", $"sotu-{store.Key}.db")), store.DbPath);
        Assert.Matches("^[0-9a-f]{12}$", store.Key);
        Assert.EndsWith($"sotu-{store.Key}-documents", store.DocumentsFolder, StringComparison.Ordinal);
        Assert.EndsWith($"sotu-{store.Key}.json", store.ManifestPath, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSameModelAndChunkingReuseOneStoreAndAnyChangeGivesAnother()
    {
        var key = DistractorStore.For("sotu", "a/qabot.db", "glove-100d", Chunking).Key;

        Assert.Equal(key, DistractorStore.For("sotu", "b/other.db", "glove-100d", new ChunkingOptions()).Key);
        Assert.NotEqual(key, DistractorStore.For("sotu", "a/qabot.db", "minilm-l6", Chunking).Key);
        Assert.NotEqual(key, DistractorStore.For("sotu", "a/qabot.db", "glove-100d", new ChunkingOptions { TargetChars = 800 }).Key);
        Assert.NotEqual(key, DistractorStore.For("sotu", "a/qabot.db", "glove-100d", new ChunkingOptions { OverlapSentences = 0 }).Key);
    }

    [Fact]
    public void AnUnknownCorpusIsRefusedWithTheKnownOnes()
    {
        var ex = Assert.Throws<ArgumentException>(() => DistractorStore.For("wiki", "qabot.db", "m", Chunking));

        Assert.Contains("sotu", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheStoreIsBuiltOnceFromArticlesAndCorpusThenReusedWithoutLoadingTheCorpusAgain()
    {
        var folder = Directory.CreateTempSubdirectory("qabot-distractors-").FullName;
        var store = DistractorStore.For("sotu", Path.Combine(folder, "qabot.db"), "none", Chunking);
        var sentence = "The Congress met again this year to consider the state of the Union and the public debt. ";
        IReadOnlyList<(string Name, string Text)> speeches =
            [("1790_george_washington_n", string.Concat(Enumerable.Repeat(sentence, 120))), ("1801_thomas_jefferson_n", string.Concat(Enumerable.Repeat(sentence, 40)))];
        var loads = 0;
        var said = new List<string>();
        try
        {
            using var host = CoreTestHost.Create(("Store:Path", store.DbPath));
            var builder = new DistractorStoreBuilder(host.Get<ArticleIngestor>(), host.Get<SqliteCollection<ChunkRecord>>());
            var articles = Path.Combine(RepoPaths.Root, "data", "articles");

            var built = await builder.EnsureAsync(store, articles, _ => { loads++; return Task.FromResult(speeches); }, said.Add, CancellationToken.None);
            var reused = await builder.EnsureAsync(store, articles, _ => { loads++; return Task.FromResult(speeches); }, said.Add, CancellationToken.None);

            Assert.False(built.Reused);
            Assert.True(reused.Reused);
            Assert.Equal(1, loads);
            Assert.True(store.IsBuilt);
            Assert.True(built.Documents >= 3, $"{built.Documents} documents");
            Assert.Equal(built.Chunks, reused.Chunks);
            var articleChunks = (await host.Get<ArticleCatalog>().ListAsync()).Where(a => !a.Id.StartsWith("sotu-", StringComparison.Ordinal)).Sum(a => a.ChunkCount);
            Assert.Equal(5, (await host.Get<ArticleCatalog>().ListAsync()).Count(a => !a.Id.StartsWith("sotu-", StringComparison.Ordinal)));
            Assert.True(built.Chunks > articleChunks, $"{built.Chunks} chunks, {articleChunks} from the articles");
            Assert.Contains(said, s => s.Contains("building the distractor store", StringComparison.Ordinal));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
