using System.Text;
using QaBot.Core.Ingestion;
using QaBot.Core.Store;
using QaBot.Tests.Support;

namespace QaBot.Tests.Web;

public sealed class WebIngestionTests : IAsyncLifetime
{
    private NewsSite _site = null!;
    private CoreTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _site = await NewsSite.StartAsync();
        _host = CreateHost(fetchTimeoutSeconds: 30);
    }

    // The class's host waits long enough that a cold first request on a busy machine is never "too slow"; only the
    // test of a page that never answers uses a one-second limit, and only for that page.
    private static CoreTestHost CreateHost(int fetchTimeoutSeconds) => CoreTestHost.Create(
        ("Ingestion:PerHostDelayMs", "0"), ("Ingestion:FetchRetries", "0"),
        ("Ingestion:FetchTimeoutSeconds", fetchTimeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("Ingestion:MaxFileBytes", "200000"));

    public async Task DisposeAsync()
    {
        _host.Dispose();
        await _site.DisposeAsync();
    }

    private ArticleIngestor Ingestor => _host.Get<ArticleIngestor>();

    private Task<IngestReport> IngestAsync(params string[] urls) => Ingestor.IngestAsync(urls, new IngestRequest(), null, default);

    [Fact]
    public async Task AnRssFeedOfSummariesIngestsEveryEntryFromItsPageWithoutTheSiteChrome()
    {
        _site.Publish(NewsPages.Stories);

        var report = await IngestAsync(_site.Url("feed.xml").ToString());

        Assert.Equal((3, 0), (report.Added, report.Failed.Count));
        var story = NewsPages.Stories[1];
        var id = $"127.0.0.1:{_site.Root.Port}/news/{story.Slug}.html";
        var stored = await _host.Get<ArticleCatalog>().GetAsync(id);
        Assert.NotNull(stored);
        Assert.Equal((story.Title, story.Date, _site.Url($"news/{story.Slug}.html")), (stored.Title, stored.Date, stored.Url));
        var text = await _host.Get<ArticleCatalog>().GetTextAsync(id);
        Assert.Contains("rose to a record 7.2 million tonnes in April", text, StringComparison.Ordinal);
        Assert.All(NewsPages.ChromeTexts, chrome => Assert.DoesNotContain(chrome, text, StringComparison.Ordinal));
        Assert.DoesNotContain("Staff Reporter", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnchangedFeedCostsOne304AndNoPageFetches()
    {
        _site.Publish(NewsPages.Stories, etag: "\"v1\"");
        await IngestAsync(_site.Url("feed.xml").ToString());
        var requestsBefore = _site.Requests.Count;

        var report = await IngestAsync(_site.Url("feed.xml").ToString());

        Assert.Equal((0, 0, 3), (report.Added, report.Updated, report.Skipped));
        var again = Assert.Single(_site.Requests.Skip(requestsBefore));
        Assert.Equal(("/feed.xml", "\"v1\""), (again.Path, again.IfNoneMatch));
        Assert.StartsWith("QaBot/", again.UserAgent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnchangedEntryIsSkippedWithoutItsPageAndAnUpdatedOneReplacesTheOldVersion()
    {
        _site.Publish(NewsPages.Stories);
        await IngestAsync(_site.Url("feed.xml").ToString());
        var grain = NewsPages.Stories[1];
        var updated = grain with { Summary = "Exports rose to a record in April (updated).", Paragraphs = [.. grain.Paragraphs, "The ministry later revised the figure to 7.4 million tonnes."] };
        _site.Publish([NewsPages.Stories[0], updated, NewsPages.Stories[2]]);

        var report = await IngestAsync(_site.Url("feed.xml").ToString());

        Assert.Equal((0, 1, 2), (report.Added, report.Updated, report.Skipped));
        Assert.Equal(1, _site.Hits($"news/{NewsPages.Stories[0].Slug}.html"));
        Assert.Equal(2, _site.Hits($"news/{grain.Slug}.html"));
        var text = await _host.Get<ArticleCatalog>().GetTextAsync($"127.0.0.1:{_site.Root.Port}/news/{grain.Slug}.html");
        Assert.Contains("7.4 million tonnes", text, StringComparison.Ordinal);
        Assert.Equal(3, (await _host.Get<ArticleCatalog>().ListAsync()).Count);
    }

    [Fact]
    public async Task AnAtomFeedCarryingTheFullTextNeedsNoPageFetch()
    {
        _site.Put("atom.xml", SiteResource.Text(NewsPages.Atom(_site.Root, NewsPages.Stories), "application/atom+xml"));

        var report = await IngestAsync(_site.Url("atom.xml").ToString());

        Assert.True(report.Added == 3, string.Join("; ", report.Failed));
        Assert.Equal(0, _site.Requests.Count(r => r.Path.StartsWith("/news/", StringComparison.Ordinal)));
        var stored = await _host.Get<ArticleCatalog>().GetAsync($"127.0.0.1:{_site.Root.Port}/news/{NewsPages.Stories[0].Slug}.html");
        Assert.Equal((NewsPages.Stories[0].Title, NewsPages.Stories[0].Date), (stored!.Title, stored.Date));
    }

    [Fact]
    public async Task AJsonFeedIsFollowedToItsPages()
    {
        _site.Publish(NewsPages.Stories);
        _site.Put("feed.json", SiteResource.Text(NewsPages.JsonFeed(_site.Root, NewsPages.Stories), "application/feed+json"));

        var report = await IngestAsync(_site.Url("feed.json").ToString());

        Assert.Equal((3, 0), (report.Added, report.Failed.Count));
        Assert.Contains("48 million euros", await _host.Get<ArticleCatalog>().GetTextAsync($"127.0.0.1:{_site.Root.Port}/news/{NewsPages.Stories[0].Slug}.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EachFailingAddressIsOneClearErrorAndTheRestIsIngested()
    {
        _site.Publish(NewsPages.Stories);
        _site.Put("huge.html", SiteResource.Text("<html><body><p>" + new string('x', 300_000) + "</p></body></html>"))
            .Put("logo.png", new SiteResource([0x89, 0x50, 0x4E, 0x47], "image/png"))
            .Put("broken.xml", SiteResource.Text("<?xml version=\"1.0\"?><catalog><book>Not news</book></catalog>", "application/xml"));

        var report = await IngestAsync(
            _site.Url("news/harbour-reopens.html").ToString(),
            _site.Url("missing.html").ToString(),
            _site.Url("huge.html").ToString(),
            _site.Url("logo.png").ToString(),
            _site.Url("broken.xml").ToString());

        Assert.Equal(1, report.Added);
        Assert.Equal(4, report.Failed.Count);
        Assert.Equal("404 Not Found", Reason(report, "missing.html"));
        Assert.StartsWith("too big:", Reason(report, "huge.html"), StringComparison.Ordinal);
        Assert.Equal("not an article page or feed (content type image/png)", Reason(report, "logo.png"));
        Assert.Equal("not an RSS, Atom or JSON feed (its root element is <catalog>)", Reason(report, "broken.xml"));
    }

    [Fact]
    public async Task APageThatNeverAnswersIsTooSlowAndNamesTheSettingToRaise()
    {
        _site.Put("slow.html", new SiteResource([]) { Hang = true });
        using var host = CreateHost(fetchTimeoutSeconds: 1);

        var report = await host.Get<ArticleIngestor>().IngestAsync([_site.Url("slow.html").ToString()], new IngestRequest(), null, default);

        Assert.Equal(0, report.Added);
        Assert.StartsWith("too slow: no complete answer within 1 s (setting Ingestion:FetchTimeoutSeconds)", Reason(report, "slow.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AConfiguredFeedThatServesAPageIsNotAFeedAndTheErrorPointsToTheRealOne()
    {
        _site.Put("index.html", SiteResource.Text("<html><head><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/feed.xml\"></head><body><p>Front page of the Daily Planet with today's stories.</p></body></html>"));

        var report = await Ingestor.IngestFeedsAsync([_site.Url("index.html")], default);

        var failure = Assert.Single(report.Failed);
        Assert.Equal($"not a feed: the address serves an HTML page; the page links to the feed {_site.Url("feed.xml")}", failure.Reason);
        Assert.Equal(0, report.Added);
    }

    [Fact]
    public async Task AnEntryWhosePageFailsIsReportedAndTriedAgainOnTheNextPoll()
    {
        _site.Publish(NewsPages.Stories, etag: "\"v1\"");
        _site.Put($"news/{NewsPages.Stories[2].Slug}.html", SiteResource.Text("gone", status: 410));

        var first = await Ingestor.IngestFeedsAsync([_site.Url("feed.xml")], default);
        _site.Publish(NewsPages.Stories, etag: "\"v1\"");
        var second = await Ingestor.IngestFeedsAsync([_site.Url("feed.xml")], default);

        Assert.Equal((2, 1), (first.Added, first.Failed.Count));
        Assert.Equal((_site.Url($"news/{NewsPages.Stories[2].Slug}.html").ToString(), "410 Gone"), (first.Failed[0].Path, first.Failed[0].Reason));
        Assert.Equal((1, 2, 0), (second.Added, second.Skipped, second.Failed.Count));
    }

    [Fact]
    public async Task APageIsNamedByItsCanonicalAddressAfterRedirectsAndKeepsItsTitleAndDate()
    {
        var story = NewsPages.Stories[0];
        _site.Put("p", SiteResource.Text(NewsPages.ArticlePage(story, _site.Url("news/harbour-reopens.html"))))
            .Put("short/1", new SiteResource([]) { RedirectTo = "p" });

        var report = await IngestAsync(_site.Url("short/1").ToString());

        Assert.Equal(1, report.Added);
        var stored = Assert.Single(await _host.Get<ArticleCatalog>().ListAsync());
        Assert.Equal($"127.0.0.1:{_site.Root.Port}/news/harbour-reopens.html", stored.Id);
        Assert.Equal((story.Title, story.Date, _site.Url("news/harbour-reopens.html")), (stored.Title, stored.Date, stored.Url));
    }

    [Fact]
    public async Task APageDecodesWithTheCharsetOfItsHttpContentType()
    {
        var html = "<html><body><article><p>The caf\u00e9 in S\u00e3o Paulo raised its prices by 5 per cent, the owner said.</p></article></body></html>";
        _site.Put("cafe.html", new SiteResource(Encoding.Latin1.GetBytes(html), "text/html; charset=ISO-8859-1"));

        var report = await IngestAsync(_site.Url("cafe.html").ToString());

        Assert.Equal(1, report.Added);
        Assert.Contains("caf\u00e9 in S\u00e3o Paulo", await _host.Get<ArticleCatalog>().GetTextAsync($"127.0.0.1:{_site.Root.Port}/cafe.html"), StringComparison.Ordinal);
    }

    private static string Reason(IngestReport report, string path) =>
        report.Failed.Single(f => f.Path.EndsWith(path, StringComparison.Ordinal)).Reason;
}
