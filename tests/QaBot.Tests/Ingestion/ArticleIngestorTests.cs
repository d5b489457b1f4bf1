using Microsoft.Extensions.VectorData;
using QaBot.Core.Ingestion;
using QaBot.Core.Store;
using QaBot.Tests.Support;

namespace QaBot.Tests.Ingestion;

public sealed class ArticleIngestorTests
{
    [Fact]
    public async Task ReingestingUnchangedArticlesIsANoOp()
    {
        using var host = CoreTestHost.Create();
        var folder = host.CopySampleArticles();
        var ingestor = host.Get<ArticleIngestor>();

        var first = await ingestor.IngestAsync([folder], new IngestRequest(), null, default);
        var chunksAfterFirst = await host.Get<IKeywordSearchable<ChunkRecord>>().CountAsync();
        var second = await ingestor.IngestAsync([folder], new IngestRequest(), null, default);

        Assert.Equal((5, 0, 0), (first.Added, first.Updated, first.Skipped));
        Assert.Equal((0, 0, 5, 0), (second.Added, second.Updated, second.Skipped, second.Chunks));
        Assert.Equal(chunksAfterFirst, await host.Get<IKeywordSearchable<ChunkRecord>>().CountAsync());
    }

    [Fact]
    public async Task AChangedArticleIsReplacedWithNoLeftoverChunks()
    {
        using var host = CoreTestHost.Create();
        var folder = host.CopySampleArticles();
        var ingestor = host.Get<ArticleIngestor>();
        await ingestor.IngestAsync([folder], new IngestRequest(), null, default);

        var file = Path.Combine(folder, "002_9fdd9d7dd336cfc0.txt");
        await File.WriteAllTextAsync(file, "Trade between Russia and China reached a record $228 billion in 2023, the Kremlin said.");
        var report = await ingestor.IngestAsync([folder], new IngestRequest(), null, default);

        Assert.Equal((0, 1, 4), (report.Added, report.Updated, report.Skipped));
        var stored = await host.Get<ArticleCatalog>().GetAsync("002_9fdd9d7dd336cfc0");
        Assert.Equal(1, stored!.ChunkCount);
        var chunks = host.Get<VectorStoreCollection<string, ChunkRecord>>();
        Assert.NotNull(await chunks.GetAsync("002_9fdd9d7dd336cfc0#0"));
        Assert.Null(await chunks.GetAsync("002_9fdd9d7dd336cfc0#1"));
    }

    [Fact]
    public async Task PruneRemovesArticlesWhoseFilesAreGone()
    {
        using var host = CoreTestHost.Create();
        var folder = host.CopySampleArticles();
        var ingestor = host.Get<ArticleIngestor>();
        await ingestor.IngestAsync([folder], new IngestRequest(), null, default);

        File.Delete(Path.Combine(folder, "004_9da2021daccc2bf8.txt"));
        var kept = await ingestor.IngestAsync([folder], new IngestRequest(), null, default);
        var pruned = await ingestor.IngestAsync([folder], new IngestRequest(Prune: true), null, default);

        Assert.Equal(0, kept.Pruned);
        Assert.Equal(1, pruned.Pruned);
        Assert.Null(await host.Get<ArticleCatalog>().GetAsync("004_9da2021daccc2bf8"));
        Assert.Null(await host.Get<VectorStoreCollection<string, ChunkRecord>>().GetAsync("004_9da2021daccc2bf8#0"));
    }

    [Fact]
    public async Task BadFilesAreReportedByNameWithTheReasonAndTheRestIsIngested()
    {
        using var host = CoreTestHost.Create();
        var folder = host.CopySampleArticles();
        await File.WriteAllBytesAsync(Path.Combine(folder, "broken.txt"), [0x41, 0xFF, 0xFE, 0x42]);
        await File.WriteAllTextAsync(Path.Combine(folder, "empty.md"), "   \n");

        var report = await host.Get<ArticleIngestor>().IngestAsync([folder, Path.Combine(folder, "missing.txt")], new IngestRequest(), null, default);

        Assert.Equal(5, report.Added);
        Assert.Equal(3, report.Failed.Count);
        Assert.Contains(report.Failed, f => f.Path.EndsWith("broken.txt", StringComparison.Ordinal) && f.Reason.Contains("UTF-8", StringComparison.Ordinal));
        Assert.Contains(report.Failed, f => f.Path.EndsWith("empty.md", StringComparison.Ordinal) && f.Reason.Contains("whitespace", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(report.Failed, f => f.Path.EndsWith("missing.txt", StringComparison.Ordinal));
        Assert.Contains("3 failed", report.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheFirstQuestionOnAnEmptyStoreIngestsTheDefaultFolderOnce()
    {
        using var host = CoreTestHost.Create();
        var ingestor = host.Get<ArticleIngestor>();

        var first = await ingestor.EnsureCorpusAsync(default);
        var second = await ingestor.EnsureCorpusAsync(default);

        Assert.Equal(5, first!.Added);
        Assert.Null(second);
    }
}
