using QaBot.Core.Answering;
using QaBot.Core.Answering.Verification;
using QaBot.Core.Ingestion;
using QaBot.Core.Store;
using QaBot.Tests.Support;

namespace QaBot.Tests.Store.Postgres;

/// <summary>The PostgreSQL store on PGlite with pgvector: vector(d) columns, HNSW, tsvector BM25, the whole answer path.</summary>
[Collection(PgliteCollection.Name)]
public sealed class PgvectorStoreTests
{
    private static async Task<PostgresVectorStore> StoreAsync() =>
        new(new StoreOptions { Provider = StoreProvider.Postgres, ConnectionString = await TestDatabases.FreshPgvectorAsync() });

    [PgvectorFact]
    public async Task RecordsOfEveryTypeRoundTripAndFilter()
    {
        using var store = await StoreAsync();
        await StoreContract.RecordsOfEveryTypeRoundTripAndFilterAsync(store);
    }

    [PgvectorFact]
    public async Task ChunksAreFoundByVectorKeywordAndBothOnTheHnswIndex()
    {
        using var store = await StoreAsync();
        await StoreContract.ChunksAreFoundByVectorKeywordAndBothAsync(store);
        Assert.True(store.GetChunkCollection(8).UsesPgvector);
    }

    [PgvectorFact]
    public async Task TheCatalogAndTheEmbeddingStampLiveInTheDatabase()
    {
        using var store = await StoreAsync();
        await StoreContract.TheCatalogAndTheStampLiveInTheStoreAsync(store);
    }

    [PgvectorFact]
    public async Task TheTradeVolumeQuestionIsAnsweredWith228CitedTo002()
    {
        var connectionString = await TestDatabases.FreshPgvectorAsync();
        using var host = CoreTestHost.Create(("Store:Provider", "Postgres"), ("Store:ConnectionString", connectionString));

        await host.Get<ArticleIngestor>().EnsureCorpusAsync(default);
        var answer = await host.Get<AnswerService>().AskAsync(new Question("What was the trade volume between Russia and China in 2023?", []));

        Assert.False(answer.Abstained);
        Assert.Contains("228", answer.Text, StringComparison.Ordinal);
        Assert.Contains(answer.Citations, c => c.ArticleId == "002_9fdd9d7dd336cfc0" && c.Quote.Contains("228", StringComparison.Ordinal));
        Assert.Empty(CitationValidator.Validate(new AnswerDraft(answer.Text, answer.Citations), answer.Retrieved));
        Assert.Equal(5, (await host.Get<ArticleCatalog>().ListAsync()).Count);
    }
}
