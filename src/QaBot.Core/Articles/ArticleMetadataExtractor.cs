using QaBot.Core.Chunking;

namespace QaBot.Core.Articles;

/// <summary>Title, date and source URL of an article, as decided by <see cref="ArticleMetadataExtractor"/>.</summary>
public sealed record ArticleMetadata(string Title, DateOnly? Date, Uri? Url);

/// <summary>
/// Decides an article's title, date and URL from what the format declared (front matter, HTML meta) and what the
/// cleaner found in the text. Title: declared title, else a headline line, else the first sentence (never a photo
/// caption) shortened at a word boundary. Date: declared, else the header; never guessed from the body. URL:
/// declared, else the best "Sources" footer address — a search-engine address is never a source.
/// </summary>
public sealed class ArticleMetadataExtractor
{
    /// <summary>Titles made from a sentence are cut to about this many characters.</summary>
    public const int MaxTitleLength = 100;

    private const int MaxHeadlineLength = 150;

    private static readonly HashSet<string> SearchEngines = new(StringComparer.OrdinalIgnoreCase)
    {
        "google", "bing", "duckduckgo", "yahoo", "yandex", "baidu", "ecosia", "startpage", "ask", "aol", "search", "qwant",
    };

    /// <summary>Metadata for an article whose declared metadata is <paramref name="raw"/>; <paramref name="id"/> is the last-resort title.</summary>
    public ArticleMetadata Extract(RawDocument raw, CleanedArticle cleaned, string id)
    {
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentNullException.ThrowIfNull(cleaned);
        string title = NonEmpty(raw.Title) ?? Headline(cleaned) ?? FirstSentenceTitle(cleaned) ?? id;
        return new ArticleMetadata(title, raw.Date ?? cleaned.HeaderDate, raw.Url ?? BestSource(cleaned.SourceUrls));
    }

    /// <summary>The most specific non-search-engine URL: an article address beats a bare homepage.</summary>
    public static Uri? BestSource(IEnumerable<Uri> urls)
    {
        var candidates = urls.Where(u => u.IsAbsoluteUri && u.Scheme is "http" or "https" && !IsSearchEngine(u)).ToList();
        return candidates.FirstOrDefault(u => u.AbsolutePath.Length > 1 || u.Query.Length > 1) ?? candidates.FirstOrDefault();
    }

    /// <summary>True for google.com, www.bing.com, search.brave.com and the like.</summary>
    public static bool IsSearchEngine(Uri url) =>
        url.Host.Split('.').SkipLast(1).Any(SearchEngines.Contains);

    /// <summary>Shortens <paramref name="text"/> to at most <paramref name="max"/> characters at a word boundary, marking the cut with "…".</summary>
    public static string Shorten(string text, int max = MaxTitleLength)
    {
        if (text.Length <= max)
        {
            return text;
        }
        int cut = text.LastIndexOf(' ', max - 1);
        string head = (cut > max / 2 ? text[..cut] : text[..(max - 1)]).TrimEnd(' ', ',', ';', ':', '-', '–', '—', '(', '“', '"');
        return head + "…";
    }

    private static string? Headline(CleanedArticle cleaned)
    {
        var paragraphs = cleaned.Paragraphs;
        if (paragraphs.Count < 2)
        {
            return null;
        }
        string first = paragraphs[0];
        bool looksLikeHeadline = first.Length <= MaxHeadlineLength
            && first.Contains(' ', StringComparison.Ordinal)
            && first[^1] is not ('.' or '!' or '…' or ',' or ';' or ':')
            && !cleaned.Captions.Contains(first)
            && SentenceSplitter.Split(first).Count == 1;
        return looksLikeHeadline ? first : null;
    }

    private static string? FirstSentenceTitle(CleanedArticle cleaned)
    {
        var paragraphs = cleaned.Paragraphs;
        string? paragraph = paragraphs.FirstOrDefault(p => !cleaned.Captions.Contains(p)) ?? (paragraphs.Count > 0 ? paragraphs[0] : null);
        if (paragraph is null)
        {
            return null;
        }
        var sentences = SentenceSplitter.Split(paragraph);
        string sentence = sentences.Count > 0 ? sentences[0].Of(paragraph) : paragraph;
        if (sentence.EndsWith('.') && !sentence.EndsWith("..", StringComparison.Ordinal))
        {
            sentence = sentence[..^1];
        }
        return NonEmpty(Shorten(sentence));
    }

    private static string? NonEmpty(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
