using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using QaBot.Core;
using QaBot.Core.Store;

namespace QaBot.Tests.Store;

public sealed class ApproximateSearchStoreTests : IDisposable
{
    private readonly TempStore _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData(VectorSearchMode.Quantized)]
    [InlineData(VectorSearchMode.Ivf)]
    public async Task ACollectionSearchedApproximatelyStaysCorrectAfterUpsertsAndDeletes(VectorSearchMode mode)
    {
        using var store = new SqliteVectorStore(new StoreOptions { Path = _temp.DbPath, VectorSearch = mode, IvfProbes = 4 });
        var chunks = store.GetChunkCollection(8);
        var random = new Random(9);
        await chunks.UpsertAsync(Enumerable.Range(0, 600).Select(i => Record("c#" + i, Random8(random))));
        var query = Random8(random);
        Assert.NotEmpty(await Keys(chunks, query));
        Assert.Equal(mode, chunks.ActiveVectorSearch);

        await chunks.UpsertAsync(Record("best#0", query));
        Assert.Equal("best#0", (await Keys(chunks, query))[0]);

        await chunks.DeleteAsync("best#0");
        Assert.DoesNotContain("best#0", await Keys(chunks, query));

        // Another store object on the same file (as another process) writes: the version check reloads.
        using var other = new SqliteVectorStore(_temp.DbPath);
        await other.GetChunkCollection(8).UpsertAsync(Record("elsewhere#0", query));
        Assert.Equal("elsewhere#0", (await Keys(chunks, query))[0]);
    }

    [Theory]
    [InlineData("Store:VectorSearch", "Fastest", "Store:VectorSearch")]
    [InlineData("Store:IvfProbes", "0", "Store:IvfProbes")]
    [InlineData("Store:CommonTermShare", "0", "Store:CommonTermShare")]
    [InlineData("Store:RerankCandidates", "0", "Store:RerankCandidates")]
    public void ABadSearchSettingFailsNamingTheKey(string key, string value, string named)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build();
        using var provider = new ServiceCollection().AddQaBotCore(configuration).BuildServiceProvider();

        var ex = Assert.ThrowsAny<Exception>(() => provider.GetRequiredService<IOptions<StoreOptions>>().Value);

        Assert.Contains(named, ex.Message, StringComparison.Ordinal);
    }

    private static ChunkRecord Record(string key, float[] vector) =>
        new() { Key = key, ArticleId = key.Split('#')[0], Text = key, Embedding = vector };

    private static float[] Random8(Random random) => [.. Enumerable.Range(0, 8).Select(_ => (float)random.NextDouble() - 0.5f)];

    private static async Task<List<string>> Keys(SqliteCollection<ChunkRecord> chunks, float[] query) =>
        await chunks.SearchAsync(new ReadOnlyMemory<float>(query), 5).Select(r => r.Record.Key).ToListAsync();
}
