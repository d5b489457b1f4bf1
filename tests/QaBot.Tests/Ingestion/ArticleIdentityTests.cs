using QaBot.Core.Ingestion;
using QaBot.Core.Store;
using QaBot.Tests.Support;

namespace QaBot.Tests.Ingestion;

public sealed class ArticleIdentityTests
{
    private const string Body = "Grain exports through the Black Sea corridor rose to a record in March, the port authority said.";

    [Fact]
    public async Task TheSampleArticlesKeepTheIdsTheEvalSetRefersTo()
    {
        using var host = CoreTestHost.Create();

        await host.Get<ArticleIngestor>().IngestAsync([RepoPaths.Articles], new IngestRequest(), null, default);

        var ids = (await host.Get<ArticleCatalog>().ListAsync()).Select(a => a.Id);
        Assert.Equal(
            ["000_793bee40b2c27b8f", "001_a3b08d5341e94a04", "002_9fdd9d7dd336cfc0", "003_45b16b857479f6c5", "004_9da2021daccc2bf8"],
            ids);
    }

    [Fact]
    public async Task TwoIndexPagesInDifferentFoldersAreTwoArticles()
    {
        using var host = CoreTestHost.Create();
        Write(host, "site/a/index.html", "<html><body><p>Story A says the harbour reopened on Monday after repairs.</p></body></html>");
        Write(host, "site/b/index.html", "<html><body><p>Story B says the bridge closed on Tuesday for inspections.</p></body></html>");

        var report = await host.Get<ArticleIngestor>().IngestAsync([Path.Combine(host.Folder, "site")], new IngestRequest(), null, default);

        Assert.Equal(2, report.Added);
        Assert.NotNull(await host.Get<ArticleCatalog>().GetAsync("a/index"));
        Assert.NotNull(await host.Get<ArticleCatalog>().GetAsync("b/index"));
    }

    [Fact]
    public async Task ASecondFileWithTheSameIdFromAnotherFolderIsRefusedNamingBothAndTheFirstStays()
    {
        using var host = CoreTestHost.Create();
        var first = Write(host, "one/crlf.txt", "First story. " + Body);
        var second = Write(host, "two/crlf.txt", "Second story. The bridge closed on Tuesday.");
        var ingestor = host.Get<ArticleIngestor>();

        await ingestor.IngestAsync([Path.GetDirectoryName(first)!], new IngestRequest(), null, default);
        var report = await ingestor.IngestAsync([Path.GetDirectoryName(second)!], new IngestRequest(), null, default);

        var failure = Assert.Single(report.Failed);
        Assert.Equal(second, failure.Path);
        Assert.Contains("'crlf'", failure.Reason, StringComparison.Ordinal);
        Assert.Contains(first, failure.Reason, StringComparison.Ordinal);
        Assert.Equal((0, 0), (report.Added, report.Updated));
        Assert.Equal(first, (await host.Get<ArticleCatalog>().GetAsync("crlf"))!.SourcePath);
    }

    [Fact]
    public async Task TwoFilesOfOneNameInOneFolderAreAConflictNamingBoth()
    {
        using var host = CoreTestHost.Create();
        var md = Write(host, "news/story.md", "# Story\n\n" + Body);
        var txt = Write(host, "news/story.txt", "The bridge closed on Tuesday for inspections, officials said.");

        var report = await host.Get<ArticleIngestor>().IngestAsync([Path.Combine(host.Folder, "news")], new IngestRequest(), null, default);

        Assert.Equal(1, report.Added);
        var failure = Assert.Single(report.Failed);
        Assert.Equal(txt, failure.Path);
        Assert.Contains(md, failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStoredFileKeepsItsIdWhenItsParentFolderIsIngested()
    {
        using var host = CoreTestHost.Create();
        var file = Write(host, "news/world/story.txt", Body);
        var ingestor = host.Get<ArticleIngestor>();
        await ingestor.IngestAsync([Path.GetDirectoryName(file)!], new IngestRequest(), null, default);

        var report = await ingestor.IngestAsync([Path.Combine(host.Folder, "news")], new IngestRequest(), null, default);

        Assert.Equal((0, 1), (report.Added, report.Skipped));
        Assert.Equal(["story"], (await host.Get<ArticleCatalog>().ListAsync()).Select(a => a.Id));
    }

    [Fact]
    public async Task AMovedFileTakesOverItsIdInsteadOfConflicting()
    {
        using var host = CoreTestHost.Create();
        var before = Write(host, "old/story.txt", Body);
        var ingestor = host.Get<ArticleIngestor>();
        await ingestor.IngestAsync([Path.GetDirectoryName(before)!], new IngestRequest(), null, default);
        var after = Path.Combine(host.Folder, "new", "story.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(after)!);
        File.Move(before, after);

        var report = await ingestor.IngestAsync([Path.GetDirectoryName(after)!], new IngestRequest(), null, default);

        Assert.Equal((0, 1, 0), (report.Added, report.Updated, report.Failed.Count));
        Assert.Equal(after, (await host.Get<ArticleCatalog>().GetAsync("story"))!.SourcePath);
    }

    [Fact]
    public async Task AFolderWithPdfAndDocxIngestsBothAndListsEveryOtherFileWithTheReason()
    {
        using var host = CoreTestHost.Create();
        var folder = Path.Combine(host.Folder, "inbox");
        Directory.CreateDirectory(Path.Combine(folder, ".git"));
        await File.WriteAllBytesAsync(Path.Combine(folder, "grain.pdf"), TestDocuments.Pdf([Body], title: "Grain record"));
        await File.WriteAllBytesAsync(Path.Combine(folder, "bridge.docx"), TestDocuments.Docx(["The bridge closed on Tuesday for inspections, officials said."], title: "Bridge closed"));
        await File.WriteAllBytesAsync(Path.Combine(folder, "photo.jpg"), [0xFF, 0xD8, 0xFF]);
        await File.WriteAllTextAsync(Path.Combine(folder, ".DS_Store"), "x");

        var report = await host.Get<ArticleIngestor>().IngestAsync([folder], new IngestRequest(), null, default);

        Assert.Equal((2, 0), (report.Added, report.Failed.Count));
        Assert.Equal("Grain record", (await host.Get<ArticleCatalog>().GetAsync("grain"))!.Title);
        Assert.Equal("Bridge closed", (await host.Get<ArticleCatalog>().GetAsync("bridge"))!.Title);
        Assert.Equal(3, report.Ignored.Count);
        Assert.Contains(report.Ignored, i => i.Path.EndsWith("photo.jpg", StringComparison.Ordinal) && i.Reason.StartsWith("unsupported file type '.jpg'", StringComparison.Ordinal));
        Assert.Contains(report.Ignored, i => i.Path.EndsWith(".DS_Store", StringComparison.Ordinal) && i.Reason.Contains("hidden", StringComparison.Ordinal));
        Assert.Contains(report.Ignored, i => i.Path.EndsWith(".git" + Path.DirectorySeparatorChar, StringComparison.Ordinal));
        Assert.Contains("3 ignored", report.Summary, StringComparison.Ordinal);
    }

    private static string Write(CoreTestHost host, string relative, string text)
    {
        var path = Path.Combine(host.Folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}
