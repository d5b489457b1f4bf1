using Microsoft.Extensions.DependencyInjection;
using QaBot.Core.Answering;
using QaBot.Core.Embeddings;
using QaBot.Core.Ingestion;
using QaBot.Core.Store;
using QaBot.Tests.Embeddings;
using QaBot.Tests.Support;

namespace QaBot.Tests.Ingestion;

public sealed class ModelChangeTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task ASmallStoreBuiltWithoutVectorsIsEmbeddedOnTheFirstQuestionOnceVectorsArrive()
    {
        var store = _temp.Combine("qabot.db");
        using (var before = CoreTestHost.Create(("Store:Path", store)))
        {
            await before.Get<ArticleIngestor>().IngestAsync([RepoPaths.Articles], new IngestRequest(), null, default);
        }

        using var after = WithVectors(store);
        await after.Get<ArticleIngestor>().EnsureCorpusAsync(default);

        var model = after.Get<EmbeddingModel>();
        Assert.Equal(new EmbeddingStamp(model.ModelId, TestVectors.Dimensions), await after.Get<SqliteVectorStore>().GetEmbeddingStampAsync());
        var chunk = await after.Get<SqliteCollection<ChunkRecord>>().GetAsync("002_9fdd9d7dd336cfc0#0", new() { IncludeVectors = true });
        Assert.Equal(TestVectors.Dimensions, chunk!.Embedding!.Value.Length);
        Assert.True(model.IsAvailable);
    }

    [Fact]
    public async Task ALargeStoreOfAnotherModelIsAnsweredWithFullTextSayingOnceHowToReembedIt()
    {
        var store = _temp.Combine("qabot.db");
        using (var before = CoreTestHost.Create(("Store:Path", store)))
        {
            await before.Get<ArticleIngestor>().IngestAsync([RepoPaths.Articles], new IngestRequest(), null, default);
        }

        using var after = WithVectors(store, ("Ingestion:AutoReembedMaxChunks", "5"));
        await after.Get<ArticleIngestor>().EnsureCorpusAsync(default);
        var answers = after.Get<AnswerService>();
        var first = await answers.AskAsync(new Question("What was the trade volume between Russia and China in 2023?"));
        var second = await answers.AskAsync(new Question("What was the trade volume between Russia and China in 2023?"));

        Assert.Contains("qabot ingest --reembed", first.Note, StringComparison.Ordinal);
        Assert.Contains("was built with none (0-d)", first.Note, StringComparison.Ordinal);
        Assert.DoesNotContain("--reembed", second.Note ?? "", StringComparison.Ordinal);
        Assert.Contains("228", first.Text, StringComparison.Ordinal);
        var refused = await Assert.ThrowsAsync<EmbeddingModelMismatchException>(
            () => after.Get<ArticleIngestor>().IngestAsync([RepoPaths.Articles], new IngestRequest(), null, default));
        Assert.Contains("qabot ingest --reembed", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReembedRebuildsEveryChunkFromTheStoredTextsWithoutTheSourceFiles()
    {
        var store = _temp.Combine("qabot.db");
        using (var before = CoreTestHost.Create(("Store:Path", store)))
        {
            var copy = before.CopySampleArticles();
            await before.Get<ArticleIngestor>().IngestAsync([copy], new IngestRequest(), null, default);
        }

        using var after = WithVectors(store, ("Ingestion:AutoReembedMaxChunks", "0"));
        var report = await after.Get<ArticleIngestor>().IngestAsync([], new IngestRequest(Reembed: true), null, default);

        Assert.Equal(5, report.Reembedded);
        Assert.Contains("5 re-embedded", report.Summary, StringComparison.Ordinal);
        var records = after.Get<SqliteCollection<ChunkRecord>>();
        Assert.True(await records.CountAsync() > 5);
        Assert.Equal(TestVectors.Dimensions, (await records.GetAsync("000_793bee40b2c27b8f#0", new() { IncludeVectors = true }))!.Embedding!.Value.Length);
    }

    [Fact]
    public async Task AnEmptyStoreSaysWhereItIsAndHowToFillIt()
    {
        using var host = CoreTestHost.Create(("Ingestion:ArticlesPath", _temp.Combine("nowhere")));

        await host.Get<ArticleIngestor>().EnsureCorpusAsync(default);
        var message = await host.Get<ArticleIngestor>().EmptyStoreMessageAsync(default);

        Assert.NotNull(message);
        Assert.Contains(Path.Combine(host.Folder, "qabot.db"), message, StringComparison.Ordinal);
        Assert.Contains("qabot ingest", message, StringComparison.Ordinal);
        Assert.Contains("nowhere", message, StringComparison.Ordinal);
    }

    private CoreTestHost WithVectors(string store, params (string, string)[] more) =>
        CoreTestHost.Create([
            ("Store:Path", store),
            ("Embeddings:Provider", "Glove"),
            ("Embeddings:ModelsDirectory", _temp.Combine("models")),
            ("Embeddings:GloveSource", File.Exists(_temp.Combine("tiny-wink.tgz")) ? _temp.Combine("tiny-wink.tgz") : TestVectors.WriteWinkTarball(_temp.Path)),
            .. more]);
}
