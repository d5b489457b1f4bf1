using System.Security.Cryptography;
using System.Text;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.Logging;
using QaBot.Core.Articles;
using QaBot.Core.Ingestion;
using QaBot.Core.Store;

namespace QaBot.Core.Web;

/// <summary>
/// Turns a web address into articles. A feed (RSS, Atom, JSON Feed): every entry becomes an article — from the full
/// content the feed carries, else from its linked page (fetched, main text extracted), else from its summary; an entry
/// already stored with the same content is skipped without fetching anything, an updated one replaces the old version.
/// A page (HTML, PDF, DOCX, text) becomes one article named by its canonical address. Feeds and pages are fetched
/// conditionally (ETag / Last-Modified); each failing address is one failure with its reason, and the rest goes on.
/// </summary>
public sealed class WebIngestor(WebFetcher fetcher, WebSourceCatalog sources, ArticleLoader loader, ILogger<WebIngestor> logger)
{
    /// <summary>Feed content with at least this much text is the article itself, however long its summary.</summary>
    public const int FullTextMinChars = 500;

    /// <summary>Ingests <paramref name="url"/>; with <paramref name="feedOnly"/>, anything but a feed is a failure.</summary>
    internal async Task IngestAsync(Uri url, bool feedOnly, IngestRun run, Func<ArticleLoadResult, CancellationToken, Task> accept, CancellationToken ct)
    {
        // Validators are forgotten whenever stored web articles are dropped (--rebuild), so a 304 means "already stored".
        var validators = await sources.GetAsync(url, ct);
        var fetched = await fetcher.FetchAsync(url, validators, ct);
        if (fetched.NotModified && validators is not null)
        {
            logger.LogDebug("{Url} not modified", url);
            run.Skipped += validators.Entries;
            return;
        }

        if (!fetched.Succeeded)
        {
            run.Failed.Add(new IngestFailure(url.ToString(), fetched.Error ?? $"{(int)fetched.Status} {fetched.Status}"));
            return;
        }

        var (kind, format) = WebContent.Classify(fetched);
        var notFeed = "";
        if (kind == WebContentKind.Feed && FeedParser.TryParse(fetched.Body, fetched.FinalUrl, out var entries, out notFeed))
        {
            await IngestFeedAsync(url, fetched, entries, run, accept, ct);
            return;
        }

        if (feedOnly || kind is WebContentKind.Feed or WebContentKind.Other)
        {
            run.Failed.Add(new IngestFailure(url.ToString(), NotAFeed(fetched, kind, notFeed, feedOnly)));
            return;
        }

        var source = new DocumentSource(ArticleIds.ForUrl(fetched.FinalUrl), url.ToString(), format, fetched.Charset, fetched.FinalUrl);
        var loaded = loader.Load(fetched.Body, source);
        if (loaded.Article is { Url: { } canonical } article && canonical != fetched.FinalUrl)
        {
            loaded = ArticleLoadResult.Success(article with { Id = ArticleIds.ForUrl(canonical) });
        }

        await accept(loaded, ct);
        await RememberAsync(url, fetched, 1, ct);
    }

    private async Task IngestFeedAsync(Uri url, FetchResult fetched, IReadOnlyList<FeedEntry> entries, IngestRun run, Func<ArticleLoadResult, CancellationToken, Task> accept, CancellationToken ct)
    {
        var failedBefore = run.Failed.Count;
        foreach (var entry in entries)
        {
            ct.ThrowIfCancellationRequested();
            if (entry.Link is null && entry.Guid is null)
            {
                run.Failed.Add(new IngestFailure($"{url} entry \"{entry.Title}\"", "the entry has neither a link nor a guid"));
                continue;
            }

            var id = ArticleIds.ForFeedEntry(fetched.FinalUrl, entry.Guid, entry.Link);
            var sourcePath = entry.Link?.ToString() ?? $"{fetched.FinalUrl}#{entry.Guid}";
            var hash = EntryHash(entry);
            var stored = run.BySource(sourcePath) ?? run.ById(id);
            if (stored is not null && stored.ContentHash == hash && stored.SourcePath == sourcePath)
            {
                run.Skipped++;
                continue;
            }

            if (await EntryDocumentAsync(entry, id, sourcePath, hash, ct) is { } loaded)
            {
                await accept(loaded, ct);
            }
        }

        if (run.Failed.Count == failedBefore)
        {
            // Only a fully ingested feed may answer 304 next time: failed entries must be tried again.
            await RememberAsync(url, fetched, entries.Count, ct);
        }
    }

    /// <summary>The entry as an article: its full content, else its page, else its summary.</summary>
    private async Task<ArticleLoadResult?> EntryDocumentAsync(FeedEntry entry, string id, string sourcePath, string hash, CancellationToken ct)
    {
        var source = new DocumentSource(id, sourcePath, ".html", "utf-8", entry.Link, entry.Title, entry.Date, hash);
        if (entry.Content is { } content && IsFullText(content, entry.Summary, entry.Link))
        {
            return loader.Load(Wrap(entry.Title, content), source);
        }

        if (entry.Link is null)
        {
            return entry.Summary is { } summary
                ? loader.Load(Wrap(entry.Title, summary), source)
                : ArticleLoadResult.Failure(sourcePath, "the entry has no text and no link");
        }

        var page = await fetcher.FetchAsync(entry.Link, null, ct);
        if (!page.Succeeded)
        {
            return ArticleLoadResult.Failure(sourcePath, page.Error ?? $"{(int)page.Status} {page.Status}");
        }

        var (kind, format) = WebContent.Classify(page);
        return kind is WebContentKind.Page or WebContentKind.Document
            ? loader.Load(page.Body, source with { Format = format, Charset = page.Charset, Url = page.FinalUrl })
            : ArticleLoadResult.Failure(sourcePath, $"the linked page is not an article ({page.MediaType ?? "unknown content type"})");
    }

    private Task RememberAsync(Uri url, FetchResult fetched, int entries, CancellationToken ct) =>
        fetched.ETag is null && fetched.LastModified is null
            ? Task.CompletedTask
            : sources.SetAsync(url, new WebValidators(fetched.ETag, fetched.LastModified, entries), ct);

    private static string NotAFeed(FetchResult fetched, WebContentKind kind, string notFeed, bool feedOnly)
    {
        if (kind == WebContentKind.Feed)
        {
            return notFeed;
        }

        if (kind == WebContentKind.Page && feedOnly)
        {
            var links = CodeHollow.FeedReader.FeedReader.ParseFeedUrlsFromHtml(Encoding.UTF8.GetString(fetched.Body));
            var hint = links.Select(l => Uri.TryCreate(fetched.FinalUrl, l.Url, out var u) ? u.ToString() : null).FirstOrDefault(u => u is not null);
            return "not a feed: the address serves an HTML page" + (hint is null ? "; give the address of the site's RSS or Atom feed" : $"; the page links to the feed {hint}");
        }

        return $"not an article page or feed (content type {fetched.MediaType ?? "unknown"})";
    }

    private static byte[] Wrap(string? title, string html) => Encoding.UTF8.GetBytes(
        $"<html><head><meta charset=\"utf-8\"><title>{System.Net.WebUtility.HtmlEncode(title ?? "")}</title></head><body><article>{html}</article></body></html>");

    /// <summary>
    /// Content is the story itself when there is no page to fetch, when it is long, or when it says clearly more than the
    /// summary (feeds that copy the summary into the content are followed to the page).
    /// </summary>
    private static bool IsFullText(string content, string? summary, Uri? link)
    {
        var length = TextLength(content);
        return link is null || length >= FullTextMinChars || length >= 1.5 * (summary is null ? 0 : TextLength(summary)) + 1;
    }

    private static int TextLength(string html) => new HtmlParser().ParseFragment(html, null!).Sum(n => n.TextContent.Trim().Length);

    private static string EntryHash(FeedEntry entry) => "feed:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
        string.Join('\n', entry.Guid, entry.Link, entry.Title, entry.Date?.ToString("O", System.Globalization.CultureInfo.InvariantCulture), entry.Summary, entry.Content))));
}
