using Microsoft.Data.Sqlite;
using QaBot.Core.Store;

namespace QaBot.Tests.Store;

public sealed class StoreOpeningTests : IDisposable
{
    private readonly TempStore _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task TheStoreFileIsInWalModeAndCreatedWithItsFolder()
    {
        var path = Path.Combine(_temp.Folder, "nested", "deeper", "qabot.db");
        using var store = new SqliteVectorStore(path);

        Assert.Empty(await store.ListCollectionNamesAsync().ToListAsync());

        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", command.ExecuteScalar());
    }

    [Fact]
    public async Task AFileThatIsNotADatabaseIsNamedWithTheFix()
    {
        var path = Path.Combine(_temp.Folder, "notes.db");
        await File.WriteAllTextAsync(path, new string('x', 4096));
        using var store = new SqliteVectorStore(path);

        var ex = await Assert.ThrowsAsync<StoreException>(() => store.ListCollectionNamesAsync().ToListAsync().AsTask());

        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        Assert.Contains("not a SQLite database", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Store:Path", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFolderThatCannotBeCreatedIsReportedWithTheFix()
    {
        var blocker = Path.Combine(_temp.Folder, "a-file");
        await File.WriteAllTextAsync(blocker, "not a folder");
        using var store = new SqliteVectorStore(Path.Combine(blocker, "qabot.db"));

        var ex = await Assert.ThrowsAsync<StoreException>(() => store.GetEmbeddingStampAsync());

        Assert.Contains("Store:Path", ex.Message, StringComparison.Ordinal);
        Assert.Contains(blocker, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStoreFromANewerQaBotIsRefused()
    {
        await _temp.Store.GetEmbeddingStampAsync(); // creates the schema
        using (var connection = new SqliteConnection($"Data Source={_temp.DbPath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE meta SET value = '99' WHERE key = 'schema_version'";
            command.ExecuteNonQuery();
        }

        var ex = await Assert.ThrowsAsync<StoreException>(() => _temp.Open().GetEmbeddingStampAsync());

        Assert.Contains("newer QaBot", ex.Message, StringComparison.Ordinal);
        Assert.Contains("99", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheEmbeddingStampIsRememberedAndAMismatchSaysToReIngest()
    {
        await _temp.Store.EnsureEmbeddingStampAsync(new EmbeddingStamp("anything", 3)); // empty store: nothing to compare
        await _temp.Store.SetEmbeddingStampAsync(new EmbeddingStamp("glove-wink-sg-100d", 100));

        var reopened = _temp.Open();
        Assert.Equal(new EmbeddingStamp("glove-wink-sg-100d", 100), await reopened.GetEmbeddingStampAsync());
        await reopened.EnsureEmbeddingStampAsync(new EmbeddingStamp("glove-wink-sg-100d", 100));

        var ex = await Assert.ThrowsAsync<EmbeddingModelMismatchException>(() =>
            reopened.EnsureEmbeddingStampAsync(new EmbeddingStamp("openai:text-embedding-3-small", 1536)));

        Assert.Equal(
            $"the store {_temp.DbPath} was built with glove-wink-sg-100d (100-d); the configured embedding model is " +
            "openai:text-embedding-3-small (1536-d). Re-embed it from the stored article texts with `qabot ingest --reembed`, or point Store:Path to a new file.",
            ex.Message);
        Assert.IsAssignableFrom<InvalidOperationException>(ex);
    }
}
