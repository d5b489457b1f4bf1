using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.VectorData;
using QaBot.Cli;
using QaBot.Cli.Commands;
using QaBot.Core.Ingestion;
using QaBot.Core.Store;
using QaBot.Tests.Support;

namespace QaBot.Tests.Store.Postgres;

/// <summary><c>qabot migrate --from FILE</c>: a SQLite store copied into PostgreSQL, vectors included, nothing re-embedded.</summary>
public sealed class MigrateCommandTests
{
    private static async Task<(int Code, string Output)> MigrateAsync(string config, params string[] args)
    {
        var root = new RootCommand { CliRunner.ConfigOption };
        root.Subcommands.Add(MigrateCommand.Create());
        var output = new StringWriter();
        var code = await root.Parse(["migrate", .. args, "--config", config]).InvokeAsync(new InvocationConfiguration { Output = output, Error = output });
        return (code, output.ToString());
    }

    [PostgresFact]
    public async Task ASqliteStoreIsCopiedIntoPostgresWithItsVectorsAndASecondCopyIsRefused()
    {
        await using var db = await TestDatabases.FreshPostgresAsync();
        using var sqlite = CoreTestHost.Create();
        await sqlite.Get<ArticleIngestor>().EnsureCorpusAsync(default);
        var vector = Enumerable.Range(0, ChunkRecord.DefaultDimensions).Select(i => (float)Math.Sin(i)).ToArray();
        await sqlite.Get<VectorStoreCollection<string, ChunkRecord>>().UpsertAsync(
            new ChunkRecord { Key = "zz#0", ArticleId = "zz", Text = "a chunk with a vector", Embedding = vector });
        var config = Path.Combine(sqlite.Folder, "postgres.json");
        await File.WriteAllTextAsync(config, JsonSerializer.Serialize(new
        {
            Store = new { Provider = "Postgres", db.ConnectionString },
            Embeddings = new { Provider = "None" },
            Ingestion = new { AutoIngest = false },
        }));
        var path = Path.Combine(sqlite.Folder, "qabot.db");

        var (code, output) = await MigrateAsync(config, "--from", path);

        Assert.True(code == 0, output);
        Assert.Contains("Copied 5 articles and 41 chunks", output, StringComparison.Ordinal);
        using var store = new PostgresVectorStore(new StoreOptions { Provider = StoreProvider.Postgres, ConnectionString = db.ConnectionString });
        Assert.Equal(
            (await sqlite.Get<ArticleCatalog>().ListAsync()).Select(a => (a.Id, a.ContentHash, a.ChunkCount)),
            (await store.Articles.ListAsync()).Select(a => (a.Id, a.ContentHash, a.ChunkCount)));
        var chunks = store.GetChunkCollection(ChunkRecord.DefaultDimensions);
        Assert.Equal(vector, (await chunks.GetAsync("zz#0", new RecordRetrievalOptions { IncludeVectors = true }))!.Embedding!.Value.ToArray());
        var top = await chunks.KeywordSearchAsync("What was the trade volume between Russia and China in 2023?", 1).SingleAsync();
        Assert.Equal("002_9fdd9d7dd336cfc0", top.Record.ArticleId);

        (code, output) = await MigrateAsync(config, "--from", path);
        Assert.Equal(2, code);
        Assert.Contains("already holds articles. Pass --force", output, StringComparison.Ordinal);
        (code, output) = await MigrateAsync(config, "--from", Path.Combine(sqlite.Folder, "missing.db"));
        Assert.Equal(2, code);
        Assert.Contains("no such file", output, StringComparison.Ordinal);
    }
}
