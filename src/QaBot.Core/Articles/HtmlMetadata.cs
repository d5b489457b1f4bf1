using System.Text.Json;
using AngleSharp.Dom;

namespace QaBot.Core.Articles;

/// <summary>
/// Reads the metadata a news page declares: title (og:title, else the first h1, else &lt;title&gt; without the
/// " | Site name" suffix), publication date (article:published_time and similar meta, JSON-LD datePublished,
/// &lt;time datetime&gt; in the article) and canonical URL (link rel=canonical, else og:url).
/// </summary>
internal static class HtmlMetadata
{
    private const string DateMetaSelector =
        "meta[property='article:published_time'], meta[name='article:published_time'], meta[itemprop='datePublished'], "
        + "meta[name='date'], meta[name='pubdate'], meta[name='publishdate'], meta[name='publish-date'], "
        + "meta[name='DC.date.issued'], meta[name='dc.date'], meta[name='dcterms.created'], meta[name='parsely-pub-date']";

    private static readonly string[] TitleSeparators = [" | ", " - ", " – ", " — ", " :: "];

    public static string? Title(IDocument document)
    {
        string? og = Content(document, "meta[property='og:title'], meta[name='og:title'], meta[name='twitter:title']");
        string? h1 = document.QuerySelector("article h1, main h1, h1")?.TextContent;
        return Clean(og) ?? Clean(h1) ?? WithoutSiteName(Clean(document.Title));
    }

    public static DateOnly? Date(IDocument document)
    {
        foreach (var meta in document.QuerySelectorAll(DateMetaSelector))
        {
            if (DateText.TryParse(meta.GetAttribute("content"), out var date))
            {
                return date;
            }
        }
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            if (JsonLdDate(script.TextContent) is { } date)
            {
                return date;
            }
        }
        var time = document.QuerySelector("article time[datetime], main time[datetime], time[pubdate][datetime]")
            ?? document.QuerySelectorAll("time[datetime]").FirstOrDefault(t => t.Closest("nav, aside, footer") is null);
        return DateText.TryParse(time?.GetAttribute("datetime"), out var timeDate) ? timeDate : null;
    }

    public static Uri? Url(IDocument document)
    {
        string? href = document.QuerySelector("link[rel='canonical']")?.GetAttribute("href")
            ?? Content(document, "meta[property='og:url']");
        return Uri.TryCreate(href?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri : null;
    }

    private static DateOnly? JsonLdDate(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            return Find(doc.RootElement);
        }
        catch (JsonException)
        {
            return null; // broken JSON-LD is common; other sources still apply
        }

        static DateOnly? Find(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    if (element.TryGetProperty("datePublished", out var value) && value.ValueKind == JsonValueKind.String
                        && DateText.TryParse(value.GetString(), out var date))
                    {
                        return date;
                    }
                    return element.EnumerateObject().Select(p => Find(p.Value)).FirstOrDefault(d => d is not null);
                case JsonValueKind.Array:
                    return element.EnumerateArray().Select(Find).FirstOrDefault(d => d is not null);
                default:
                    return null;
            }
        }
    }

    private static string? Content(IDocument document, string selector) =>
        document.QuerySelectorAll(selector).Select(m => m.GetAttribute("content")).FirstOrDefault(c => !string.IsNullOrWhiteSpace(c));

    private static string? Clean(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string? WithoutSiteName(string? title)
    {
        if (title is null)
        {
            return null;
        }
        foreach (string separator in TitleSeparators)
        {
            int at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at >= 15)
            {
                return title[..at];
            }
        }
        return title;
    }
}
