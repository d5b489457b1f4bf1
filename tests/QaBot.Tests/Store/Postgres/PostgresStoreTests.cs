using QaBot.Core.Store;

namespace QaBot.Tests.Store.Postgres;

/// <summary>The PostgreSQL store on a server without pgvector (vectors searched in memory), COPY, and two processes sharing it.</summary>
public sealed class PostgresStoreTests
{
    private static PostgresVectorStore Open(string connectionString) =>
        new(new StoreOptions { Provider = StoreProvider.Postgres, ConnectionString = connectionString });

    [PostgresFact]
    public async Task RecordsOfEveryTypeRoundTripAndFilter()
    {
        await using var db = await TestDatabases.FreshPostgresAsync();
        using var store = Open(db.ConnectionString);
        await StoreContract.RecordsOfEveryTypeRoundTripAndFilterAsync(store);
    }

    [PostgresFact]
    public async Task WithoutPgvectorChunksAreStillFoundByVectorKeywordAndBoth()
    {
        await using var db = await TestDatabases.FreshPostgresAsync();
        using var store = Open(db.ConnectionString);
        await StoreContract.ChunksAreFoundByVectorKeywordAndBothAsync(store);
        Assert.False(store.GetChunkCollection(8).UsesPgvector);
    }

    [PostgresFact]
    public async Task TheCatalogAndTheEmbeddingStampLiveInTheDatabase()
    {
        await using var db = await TestDatabases.FreshPostgresAsync();
        using var store = Open(db.ConnectionString);
        await StoreContract.TheCatalogAndTheStampLiveInTheStoreAsync(store);
    }

    [PostgresFact]
    public async Task ALargeBatchGoesThroughBinaryCopyAndAWriteByOneProcessIsSeenByAnother()
    {
        await using var db = await TestDatabases.FreshPostgresAsync();
        using var writer = Open(db.ConnectionString);
        using var reader = Open(db.ConnectionString);
        var chunks = writer.GetChunkCollection(4);
        var theirs = reader.GetChunkCollection(4);
        var records = Enumerable.Range(0, PostgresCollection<ChunkRecord>.CopyFromRows + 10)
            .Select(i => new ChunkRecord { Key = $"a{i}#0", ArticleId = $"a{i}", Text = $"passage number {i}", Embedding = new float[] { 1, i, 0, 1 } })
            .ToList();
        // The same key twice in one batch: the last one wins, as record-by-record upserts would.
        records.Add(new ChunkRecord { Key = "a0#0", ArticleId = "a0", Text = "replaced passage", Embedding = new float[] { 0, 0, 1, 0 } });

        Assert.Empty(await theirs.SearchAsync(new float[] { 0, 0, 1, 0 }, 1).ToListAsync());
        await chunks.UpsertAsync(records);

        Assert.Equal(PostgresCollection<ChunkRecord>.CopyFromRows + 10, await theirs.CountAsync());
        var nearest = await theirs.SearchAsync(new float[] { 0, 0, 1, 0 }, 1).SingleAsync();
        Assert.Equal(("a0#0", "replaced passage"), (nearest.Record.Key, nearest.Record.Text));

        await chunks.DeleteAsync("a0#0");
        Assert.NotEqual("a0#0", (await theirs.SearchAsync(new float[] { 0, 0, 1, 0 }, 1).SingleAsync()).Record.Key);
    }

    [PostgresFact]
    public async Task AStoreWrittenByANewerQaBotIsRefusedWithAClearMessage()
    {
        await using var db = await TestDatabases.FreshPostgresAsync();
        using (var store = Open(db.ConnectionString))
        {
            await store.Articles.AnyAsync();
        }

        await using (var connection = new Npgsql.NpgsqlConnection(db.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new Npgsql.NpgsqlCommand("UPDATE qabot.meta SET value = '99' WHERE key = 'schema_version'", connection);
            await command.ExecuteNonQueryAsync();
        }

        using var newer = Open(db.ConnectionString);
        var ex = await Assert.ThrowsAsync<StoreException>(() => newer.Articles.AnyAsync());
        Assert.Contains("newer QaBot (schema version 99", ex.Message, StringComparison.Ordinal);
    }
}
