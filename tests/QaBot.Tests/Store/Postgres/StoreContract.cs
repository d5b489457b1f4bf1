using Microsoft.Extensions.VectorData;
using QaBot.Core.Store;

namespace QaBot.Tests.Store.Postgres;

/// <summary>
/// What every QaBot store must do alike, run against PGlite + pgvector and against PostgreSQL without it: the same
/// records back, the same filters, vector results in brute-force cosine order, BM25 putting the passage with the
/// rarer words first, hybrid search, counts, deletes.
/// </summary>
internal static class StoreContract
{
    public static async Task RecordsOfEveryTypeRoundTripAndFilterAsync(QaBotVectorStore store)
    {
        var collection = store.GetCollection<string, AllTypesRecord>("alltypes");
        var when = new DateTimeOffset(2024, 3, 1, 12, 30, 0, TimeSpan.FromHours(3));
        var a = new AllTypesRecord
        {
            Id = "a", Name = "alpha", OptionalText = null, Count = 3, MaybeCount = null, Big = 1L << 40, Ratio = 0.25, Weight = 1.5f,
            Flag = true, MaybeFlag = false, When = when, MaybeWhen = null, Token = Guid.NewGuid(), Tags = ["x", "y"],
            Labels = ["l"], Body = "the body text", Vector = [1, 0, 0, 0],
        };
        var b = new AllTypesRecord { Id = "b", Name = "beta", Count = 7, Flag = false, When = when.AddDays(1), Tags = ["z"], Body = "other", Vector = [0, 1, 0, 0] };
        await collection.UpsertAsync([a, b]);

        var back = await collection.GetAsync("a", new RecordRetrievalOptions { IncludeVectors = true });
        Assert.NotNull(back);
        Assert.Equal((a.Name, a.OptionalText, a.Count, a.MaybeCount, a.Big, a.Ratio, a.Weight, a.Flag, a.MaybeFlag), (back.Name, back.OptionalText, back.Count, back.MaybeCount, back.Big, back.Ratio, back.Weight, back.Flag, back.MaybeFlag));
        Assert.Equal(a.When, back.When);
        Assert.Equal(a.Token, back.Token);
        Assert.Equal(a.Tags, back.Tags);
        Assert.Equal(a.Labels, back.Labels);
        Assert.Equal(a.Vector, back.Vector);

        Assert.Equal(["b"], await collection.GetAsync(r => r.Count > 3 && !r.Flag, 10).Select(r => r.Id).ToListAsync());
        Assert.Equal(["a"], await collection.GetAsync(r => r.Tags.Contains("y"), 10).Select(r => r.Id).ToListAsync());
        Assert.Equal(["a"], await collection.GetAsync(r => r.OptionalText == null && r.Name != "beta", 10).Select(r => r.Id).ToListAsync());
        Assert.Equal(["b", "a"], await collection.GetAsync(r => r.Count > 0, 10, new() { OrderBy = o => o.Descending(r => r.Count) }).Select(r => r.Id).ToListAsync());

        b.Count = 8;
        await collection.UpsertAsync(b);
        Assert.Equal(8, (await collection.GetAsync("b"))!.Count);
        await collection.DeleteAsync("a");
        Assert.Null(await collection.GetAsync("a"));
    }

    public static async Task ChunksAreFoundByVectorKeywordAndBothAsync(QaBotVectorStore store)
    {
        const int dimensions = 8;
        var random = new Random(7);
        var records = Enumerable.Range(0, 40).Select(i => new ChunkRecord
        {
            Key = $"art{i % 8}#{i / 8}",
            ArticleId = $"art{i % 8}",
            Date = $"2024-01-{1 + (i % 28):00}",
            Text = i == 17 ? "Trade volume between Russia and China reached a record $228 billion in 2023." : $"Filler passage {i} about weather and sports results.",
            Embedding = Enumerable.Range(0, dimensions).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray(),
        }).ToList();
        var chunks = store.GetChunkCollection(dimensions);
        await chunks.UpsertAsync(records);
        var keywords = (IKeywordSearchable<ChunkRecord>)chunks.GetService(typeof(IKeywordSearchable<ChunkRecord>))!;

        var query = records[5].Embedding!.Value;
        var expected = records.OrderByDescending(r => Cosine(r.Embedding!.Value.Span, query.Span)).Take(5).Select(r => r.Key).ToList();
        var found = await chunks.SearchAsync(query, 5).ToListAsync();
        Assert.Equal(expected, found.Select(r => r.Record.Key));
        Assert.Equal(1.0, found[0].Score!.Value, 3);

        var filtered = await chunks.SearchAsync(query, 3, new VectorSearchOptions<ChunkRecord> { Filter = r => r.ArticleId == "art1" }).ToListAsync();
        Assert.Equal(records.Where(r => r.ArticleId == "art1").OrderByDescending(r => Cosine(r.Embedding!.Value.Span, query.Span)).Take(3).Select(r => r.Key),
            filtered.Select(r => r.Record.Key));

        var keyword = await keywords.KeywordSearchAsync("What was the trade volume between Russia and China in 2023?", 3).ToListAsync();
        Assert.Equal("art1#2", keyword[0].Record.Key);
        Assert.Contains("$228 billion", keyword[0].Record.Text, StringComparison.Ordinal);
        Assert.Equal(40, await keywords.CountAsync());
        Assert.Equal(1, await keywords.CountKeywordMatchesAsync("volumes"));
        Assert.Equal(39, await keywords.CountKeywordMatchesAsync("weather"));

        var hybrid = (IKeywordHybridSearchable<ChunkRecord>)chunks;
        var both = await hybrid.HybridSearchAsync(records[17].Embedding!.Value, ["trade", "volume"], 3).ToListAsync();
        Assert.Equal("art1#2", both[0].Record.Key);

        await chunks.DeleteAsync(records.Where(r => r.ArticleId == "art1").Select(r => r.Key));
        Assert.Empty(await keywords.KeywordSearchAsync("trade volume", 3).ToListAsync());
        Assert.Equal(35, await keywords.CountAsync());
        Assert.DoesNotContain(await chunks.SearchAsync(query, 40).Select(r => r.Record.ArticleId).ToListAsync(), id => id == "art1");
    }

    public static async Task TheCatalogAndTheStampLiveInTheStoreAsync(QaBotVectorStore store)
    {
        var article = new StoredArticle("002_x", "Title", new DateOnly(2024, 5, 16), new Uri("https://example.org/a"), "data/articles/002.txt", "hash1", 3,
            new DateTimeOffset(2024, 5, 16, 10, 0, 0, TimeSpan.Zero));
        Assert.False(await store.Articles.AnyAsync());
        await store.RunInTransactionAsync(async ct =>
        {
            await store.Articles.UpsertAsync(article, "full text", ct);
            await store.SetEmbeddingStampAsync(new EmbeddingStamp("model-a", 8), ct);
        });

        Assert.Equal(article, await store.Articles.GetAsync("002_x"));
        Assert.Equal("full text", await store.Articles.GetTextAsync("002_x"));
        Assert.Equal([article], await store.Articles.ListAsync());
        await store.EnsureEmbeddingStampAsync(new EmbeddingStamp("model-a", 8));
        var mismatch = await Assert.ThrowsAsync<EmbeddingModelMismatchException>(() => store.EnsureEmbeddingStampAsync(new EmbeddingStamp("model-b", 384)));
        Assert.Contains("qabot ingest --", mismatch.Message, StringComparison.Ordinal);

        // A failing transaction leaves nothing behind.
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.RunInTransactionAsync(async ct =>
        {
            await store.Articles.DeleteAsync("002_x", ct);
            throw new InvalidOperationException("boom");
        }));
        Assert.NotNull(await store.Articles.GetAsync("002_x"));
        Assert.True(await store.Articles.DeleteAsync("002_x"));
        Assert.Null(await store.Articles.GetTextAsync("002_x"));

        // Small values (the web validators) live there too, and go by prefix without touching the stamp.
        await store.SetMetaAsync("web:https://a.example/feed", "v1");
        await store.SetMetaAsync("web:https://a.example/feed", "v2");
        await store.SetMetaAsync("web:https://b.example/feed", "w1");
        Assert.Equal("v2", await store.GetMetaAsync("web:https://a.example/feed"));
        await store.DeleteMetaAsync("web:");
        Assert.Null(await store.GetMetaAsync("web:https://b.example/feed"));
        Assert.Equal(new EmbeddingStamp("model-a", 8), await store.GetEmbeddingStampAsync());
    }

    private static double Cosine(ReadOnlySpan<float> a, ReadOnlySpan<float> b) =>
        System.Numerics.Tensors.TensorPrimitives.CosineSimilarity(a, b);
}
