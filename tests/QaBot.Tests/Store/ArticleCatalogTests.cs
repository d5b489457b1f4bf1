using QaBot.Core.Store;

namespace QaBot.Tests.Store;

public sealed class ArticleCatalogTests : IDisposable
{
    private readonly TempStore _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task ArticlesAndTheirTextRoundTripAndDeleteTogether()
    {
        var catalog = new SqliteArticleCatalog(_temp.Store);
        var full = new StoredArticle("003_x", "Title", new DateOnly(2021, 12, 15), new Uri("https://www.aljazeera.com/news/x"),
            "data/articles/003_x.txt", "sha256:abc", 7, new DateTimeOffset(2024, 2, 3, 4, 5, 6, TimeSpan.Zero));
        var bare = new StoredArticle("000_y", "Other", null, null, "data/articles/000_y.md", "sha256:def", 0, DateTimeOffset.UnixEpoch);

        await catalog.UpsertAsync(full, "The cleaned text.");
        await catalog.UpsertAsync(bare);

        var reader = new SqliteArticleCatalog(_temp.Open());
        Assert.Equal(full, await reader.GetAsync("003_x"));
        Assert.Equal([bare, full], await reader.ListAsync());
        Assert.Equal("The cleaned text.", await reader.GetTextAsync("003_x"));
        Assert.Null(await reader.GetTextAsync("000_y"));

        await catalog.UpsertAsync(full with { ContentHash = "sha256:new", ChunkCount = 8 }); // text untouched when not given
        Assert.Equal(8, (await reader.GetAsync("003_x"))!.ChunkCount);
        Assert.Equal("The cleaned text.", await reader.GetTextAsync("003_x"));

        Assert.True(await catalog.DeleteAsync("003_x"));
        Assert.False(await catalog.DeleteAsync("003_x"));
        Assert.Null(await reader.GetAsync("003_x"));
        Assert.Null(await reader.GetTextAsync("003_x"));
    }
}
