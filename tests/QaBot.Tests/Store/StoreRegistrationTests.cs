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

        var store = provider.GetRequiredService<SqliteVectorStore>();
        var chunks = provider.GetRequiredService<VectorStoreCollection<string, ChunkRecord>>();
        await chunks.UpsertAsync(new ChunkRecord { Key = "a#0", ArticleId = "a", Text = "t", Embedding = new float[ChunkRecord.DefaultDimensions] });

        Assert.Same(store, provider.GetRequiredService<VectorStore>());
        Assert.Equal(path, store.Path);
        Assert.Equal("chunks", chunks.Name);
        Assert.Same(chunks, provider.GetRequiredService<IKeywordHybridSearchable<ChunkRecord>>());
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
}
