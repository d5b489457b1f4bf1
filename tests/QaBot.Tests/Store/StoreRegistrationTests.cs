using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.VectorData;
using QaBot.Core;
using QaBot.Core.Store;

namespace QaBot.Tests.Store;

public sealed class StoreRegistrationTests : IDisposable
{
    private readonly TempStore _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task AddQaBotCoreGivesOneStoreAndTheChunkCollectionThroughTheAbstractions()
    {
        var path = Path.Combine(_temp.Folder, "di", "qabot.db");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Store:Path"] = path }).Build();
        await using var provider = new ServiceCollection().AddQaBotCore(configuration).BuildServiceProvider();

        var store = Assert.IsType<SqliteVectorStore>(provider.GetRequiredService<QaBotVectorStore>());
        var chunks = provider.GetRequiredService<VectorStoreCollection<string, ChunkRecord>>();
        await chunks.UpsertAsync(new ChunkRecord { Key = "a#0", ArticleId = "a", Text = "t", Embedding = new float[ChunkRecord.DefaultDimensions] });

        Assert.Same(store, provider.GetRequiredService<VectorStore>());
        Assert.Equal(path, store.Path);
        Assert.Equal("chunks", chunks.Name);
        Assert.Same(chunks, provider.GetRequiredService<IKeywordHybridSearchable<ChunkRecord>>());
        Assert.Same(chunks, provider.GetRequiredService<IKeywordSearchable<ChunkRecord>>());
        Assert.Same(store.Articles, provider.GetRequiredService<ArticleCatalog>());
        Assert.True(File.Exists(path));
    }

    [Fact]
    public void AnEmptyStorePathFailsValidationNamingTheKey()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Store:Path"] = "" }).Build();
        using var provider = new ServiceCollection().AddQaBotCore(configuration).BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<StoreOptions>>().Value);

        Assert.Contains("Store:Path", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "Store:ConnectionString is required")]
    [InlineData("Host=127.0.0.1;Port=notaport", "Store:ConnectionString is not a valid")]
    [InlineData("Username=postgres", "names no Host")]
    public void APostgresProviderWithoutAUsableConnectionStringFailsAtStartUpNamingTheKey(string connectionString, string expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Store:Provider"] = "Postgres",
            ["Store:ConnectionString"] = connectionString,
        }).Build();
        using var provider = new ServiceCollection().AddQaBotCore(configuration).BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<StoreOptions>>().Value);

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APostgresProviderGivesThePostgresStoreWithoutConnectingYet()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Store:Provider"] = "Postgres",
            ["Store:ConnectionString"] = "Host=127.0.0.1;Port=1;Username=postgres;Database=qabot",
        }).Build();
        await using var provider = new ServiceCollection().AddQaBotCore(configuration).BuildServiceProvider();

        var store = Assert.IsType<PostgresVectorStore>(provider.GetRequiredService<QaBotVectorStore>());
        Assert.IsType<PostgresCollection<ChunkRecord>>(provider.GetRequiredService<VectorStoreCollection<string, ChunkRecord>>());
        Assert.Equal("PostgreSQL at 127.0.0.1:1/qabot", store.Location);

        // Nothing listens on port 1: the first use says where it tried and what to fix, in one line.
        var ex = await Assert.ThrowsAsync<StoreException>(() => store.Articles.AnyAsync());
        Assert.Contains("cannot reach PostgreSQL at 127.0.0.1:1/qabot", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Store:ConnectionString", ex.Message, StringComparison.Ordinal);
    }
}
