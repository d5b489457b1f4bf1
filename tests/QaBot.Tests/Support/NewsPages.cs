using System.Globalization;
using System.Net;
using System.Text;

namespace QaBot.Tests.Support;

/// <summary>An article as the test news site publishes it.</summary>
public sealed record NewsStory(string Slug, string Title, DateOnly Date, string Summary, IReadOnlyList<string> Paragraphs);

/// <summary>Builds the test site's documents: article pages in full site chrome, RSS 2.0, Atom and JSON feeds.</summary>
public static class NewsPages
{
    /// <summary>The chrome every page carries; none of it may reach an article's text.</summary>
    public static readonly string[] ChromeTexts =
    [
        "Accept all cookies", "Subscribe to our newsletter", "Most read today", "Copyright Daily Planet Media",
        "Home World Business Sport",
    ];

    /// <summary>An article page: nav, cookie banner, header, the story, related links, newsletter box, footer, scripts.</summary>
    public static string ArticlePage(NewsStory story, Uri? canonical = null, string charsetMeta = "utf-8") => $"""
        <!doctype html>
        <html lang="en"><head>
        <meta charset="{charsetMeta}">
        <title>{Encode(story.Title)} | Daily Planet</title>
        <meta property="article:published_time" content="{story.Date:yyyy-MM-dd}T08:00:00Z">
        {(canonical is null ? "" : $"<link rel=\"canonical\" href=\"{canonical}\">")}
        <script>window.analytics = "track";</script>
        </head><body>
        <nav class="site-nav"><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a> <a href="/sport">Sport</a></nav>
        <div id="cookie-banner" class="cookie-consent"><p>We use cookies to improve your experience. Accept all cookies or manage your choices.</p><button>Accept all cookies</button></div>
        <header class="masthead"><p>Daily Planet — Home World Business Sport</p></header>
        <main><article>
        <h1>{Encode(story.Title)}</h1>
        <p class="byline">By Staff Reporter</p>
        {string.Concat(story.Paragraphs.Select(p => $"<p>{Encode(p)}</p>\n"))}
        <aside class="related"><h2>Most read today</h2><ul><li><a href="/x">Celebrity chef opens a new restaurant</a></li></ul></aside>
        <div class="newsletter-signup"><p>Subscribe to our newsletter for the morning briefing.</p></div>
        </article></main>
        <footer><p>Copyright Daily Planet Media. All rights reserved.</p></footer>
        <script src="/tracker.js"></script>
        </body></html>
        """;

    /// <summary>An RSS 2.0 feed of <paramref name="stories"/> with summaries only, linking to <c>/news/{slug}.html</c>.</summary>
    public static string Rss(Uri root, IEnumerable<NewsStory> stories) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel>
        <title>Daily Planet</title><link>{root}</link><description>News</description>
        {string.Concat(stories.Select(s => $"""
            <item><title>{Encode(s.Title)}</title><link>{new Uri(root, $"news/{s.Slug}.html")}</link>
            <guid isPermaLink="true">{new Uri(root, $"news/{s.Slug}.html")}</guid>
            <pubDate>{s.Date.ToDateTime(new TimeOnly(8, 0)).ToString("ddd, dd MMM yyyy HH:mm:ss", CultureInfo.InvariantCulture)} GMT</pubDate>
            <description>{Encode(s.Summary)}</description></item>

            """))}
        </channel></rss>
        """;

    /// <summary>An Atom feed of <paramref name="stories"/> carrying each full story as HTML content.</summary>
    public static string Atom(Uri root, IEnumerable<NewsStory> stories) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Daily Planet</title><id>{root}</id><updated>2024-05-01T00:00:00Z</updated>
        {string.Concat(stories.Select(s => $"""
            <entry><title>{Encode(s.Title)}</title><id>urn:daily-planet:{s.Slug}</id>
            <link rel="alternate" href="{new Uri(root, $"news/{s.Slug}.html")}"/>
            <published>{s.Date:yyyy-MM-dd}T08:00:00Z</published><updated>{s.Date:yyyy-MM-dd}T08:00:00Z</updated>
            <summary>{Encode(s.Summary)}</summary>
            <content type="html">{Encode(string.Concat(s.Paragraphs.Select(p => $"<p>{Encode(p)}</p>")))}</content></entry>

            """))}
        </feed>
        """;

    /// <summary>A JSON Feed 1.1 of <paramref name="stories"/> with summaries only.</summary>
    public static string JsonFeed(Uri root, IEnumerable<NewsStory> stories) => System.Text.Json.JsonSerializer.Serialize(new
    {
        version = "https://jsonfeed.org/version/1.1",
        title = "Daily Planet",
        items = stories.Select(s => new
        {
            id = $"jf-{s.Slug}",
            url = new Uri(root, $"news/{s.Slug}.html").ToString(),
            title = s.Title,
            summary = s.Summary,
            content_text = s.Summary,
            date_published = $"{s.Date:yyyy-MM-dd}T08:00:00Z",
        }),
    });

    /// <summary>Three stories with facts a question can find.</summary>
    public static IReadOnlyList<NewsStory> Stories { get; } =
    [
        new("harbour-reopens", "Harbour of Valdora reopens after storm repairs", new DateOnly(2024, 5, 2),
            "The harbour reopened on Thursday.",
            ["The harbour of Valdora reopened on Thursday after six weeks of storm repairs that cost 48 million euros, the port authority said.",
             "Ferry services to the islands will resume on Monday, with four crossings a day during the summer.",
             "Fishermen welcomed the reopening, saying the closure had cut their catch by a third."]),
        new("grain-record", "Grain exports through the corridor hit a record", new DateOnly(2024, 5, 3),
            "Exports rose to a record in April.",
            ["Grain exports through the northern corridor rose to a record 7.2 million tonnes in April, the agriculture ministry said on Friday.",
             "Wheat made up more than half of the shipments, most of them bound for North Africa.",
             "Traders expect volumes to ease in the summer as old-crop stocks run low."]),
        new("bridge-inspection", "Lindmoor bridge closes for inspection", new DateOnly(2024, 5, 4),
            "The bridge will close for two weeks.",
            ["The Lindmoor suspension bridge will close for two weeks from Monday so engineers can inspect its cables, the city council said.",
             "Buses will be diverted over the old town bridge, adding about 15 minutes to journeys.",
             "The bridge carries some 40,000 vehicles a day."]),
    ];

    /// <summary>A fourth story, published later.</summary>
    public static NewsStory Fourth { get; } = new("museum-opens", "Valdora opens a maritime museum", new DateOnly(2024, 5, 6),
        "A new museum opened.",
        ["Valdora opened a maritime museum in the old customs house on Saturday, displaying 300 ship models donated by a local collector.",
         "Entry is free for residents during the first month, the mayor said."]);

    /// <summary>Serves <paramref name="stories"/> as pages at <c>/news/{slug}.html</c> and as an RSS feed at <c>/feed.xml</c>.</summary>
    public static NewsSite Publish(this NewsSite site, IEnumerable<NewsStory> stories, string feedPath = "feed.xml", string? etag = null)
    {
        var list = stories.ToList();
        foreach (var story in list)
        {
            site.Put($"news/{story.Slug}.html", SiteResource.Text(ArticlePage(story, new Uri(site.Root, $"news/{story.Slug}.html"))));
        }

        site.Put(feedPath, SiteResource.Text(Rss(site.Root, list), "application/rss+xml; charset=utf-8") with { ETag = etag });
        return site;
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
