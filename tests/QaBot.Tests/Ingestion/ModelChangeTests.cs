using Microsoft.Extensions.DependencyInjection;
using QaBot.Core.Answering;
using QaBot.Core.Embeddings;
using QaBot.Core.Ingestion;
using QaBot.Core.Store;
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
        Assert.Equal(new EmbeddingStamp(model.ModelId, EncoderNetwork.Dimensions), await after.Get<SqliteVectorStore>().GetEmbeddingStampAsync());
        var chunk = await after.Get<SqliteCollection<ChunkRecord>>().GetAsync("002_9fdd9d7dd336cfc0#0", new() { IncludeVectors = true });
        Assert.Equal(EncoderNetwork.Dimensions, chunk!.Embedding!.Value.Length);
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
        Assert.Equal(EncoderNetwork.Dimensions, (await records.GetAsync("000_793bee40b2c27b8f#0", new() { IncludeVectors = true }))!.Embedding!.Value.Length);
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

    [Fact]
    public async Task ASmallStoreBuiltWithTheRetiredGloveVectorsIsReembeddedWithTheEncoderOnTheFirstQuestion()
    {
        var store = await GloveStoreAsync();

        using var after = WithVectors(store);
        await after.Get<ArticleIngestor>().EnsureCorpusAsync(default);

        Assert.Equal(new EmbeddingStamp(EncoderNetwork.ArcticXs.ModelId, EncoderNetwork.Dimensions), await after.Get<SqliteVectorStore>().GetEmbeddingStampAsync());
        var chunk = await after.Get<SqliteCollection<ChunkRecord>>().GetAsync("002_9fdd9d7dd336cfc0#0", new() { IncludeVectors = true });
        Assert.Equal(EncoderNetwork.Dimensions, chunk!.Embedding!.Value.Length);
        var answer = await after.Get<AnswerService>().AskAsync(new Question("What was the trade volume between Russia and China in 2023?"));
        Assert.Null(answer.Note);
        Assert.Contains("228", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALargeStoreBuiltWithTheRetiredGloveVectorsIsAnsweredWithFullTextSayingInOneLineHowToReembedIt()
    {
        var store = await GloveStoreAsync();

        using var after = WithVectors(store, ("Ingestion:AutoReembedMaxChunks", "5"));
        await after.Get<ArticleIngestor>().EnsureCorpusAsync(default);
        var answer = await after.Get<AnswerService>().AskAsync(new Question("What was the trade volume between Russia and China in 2023?"));

        Assert.Equal(
            $"the store {store} was built with glove-wink-sg-100d (100-d), not the configured {EncoderNetwork.ArcticXs.ModelId} (384-d), so answers use full-text search only; run `qabot ingest --reembed` to re-embed its 40 chunks",
            answer.Note);
        Assert.Contains("228", answer.Text, StringComparison.Ordinal);
    }

    /// <summary>A store as the GloVe versions left it: stamped glove-wink-sg-100d, every chunk with a 100-d vector.</summary>
    private async Task<string> GloveStoreAsync()
    {
        var path = _temp.Combine("qabot.db");
        using (var before = CoreTestHost.Create(("Store:Path", path)))
        {
            await before.Get<ArticleIngestor>().IngestAsync([RepoPaths.Articles], new IngestRequest(), null, default);
        }

        using var store = new SqliteVectorStore(path);
        var plain = store.GetChunkCollection(ChunkRecord.DefaultDimensions);
        var records = await plain.GetAsync(_ => true, int.MaxValue).ToListAsync();
        await plain.EnsureCollectionDeletedAsync();
        var glove = store.GetChunkCollection(100);
        await glove.EnsureCollectionExistsAsync();
        var random = new Random(100);
        foreach (var record in records)
        {
            record.Embedding = Enumerable.Range(0, 100).Select(_ => (float)random.NextDouble() - 0.5f).ToArray();
        }

        await glove.UpsertAsync(records);
        await store.SetEmbeddingStampAsync(new EmbeddingStamp("glove-wink-sg-100d", 100));
        return path;
    }

    private static CoreTestHost WithVectors(string store, params (string, string)[] more) =>
        CoreTestHost.Create([("Store:Path", store), ("Embeddings:Provider", "ArcticXs"), .. more]);
}
