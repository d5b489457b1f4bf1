using System.Text.RegularExpressions;

namespace QaBot.Core.Articles;

/// <summary>
/// Removes scraping debris from article text: site chrome (<see cref="ScrapingDebris"/>), photo captions (a line
/// ending in a photo credit goes, credit and all, into <see cref="CleanedArticle.Captions"/>), duplicated
/// paragraphs and sentences; lifts the <c>date YYYY-MM-DD</c> header and the "Sources" footer out of the text into
/// metadata; normalises whitespace. Content is never dropped for being short — only for matching a debris pattern.
/// </summary>
public sealed partial class ArticleCleaner
{
    /// <summary>Header lines are looked for among the first few content lines only.</summary>
    private const int HeaderLines = 5;

    /// <summary>Cleans <paramref name="raw"/> text (one paragraph per line or blank-line-separated block).</summary>
    public CleanedArticle Clean(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var removed = new List<string>();
        var captions = new List<string>();
        var sources = new List<Uri>();
        DateOnly? date = null;
        var lines = new List<string>();
        int contentLines = 0;

        foreach (string line in TextNormalizer.Lines(raw))
        {
            if (line.Length == 0)
            {
                lines.Add(line);
                continue;
            }
            if (date is null && contentLines < HeaderLines && TryDateHeader(line, out var headerDate))
            {
                date = headerDate;
                removed.Add($"date header: {line}");
                continue;
            }
            if (TrySourcesFooter(line, sources))
            {
                removed.Add($"sources footer: {line}");
                continue;
            }
            if (ScrapingDebris.MatchChromeLine(line) is { } chrome)
            {
                removed.Add($"{chrome}: {line}");
                continue;
            }
            string content = RemoveInlineDebris(line, removed, out bool isCaption);
            if (content.Length == 0)
            {
                continue;
            }
            if (isCaption)
            {
                // A line told by its photo credit describes a picture, not the news: kept aside, never quoted.
                captions.Add(content);
                removed.Add($"caption: {content}");
                continue;
            }
            lines.Add(content);
            contentLines++;
        }

        var paragraphs = DuplicateRemover.Remove(JoinWrappedLines(lines), removed);
        return new CleanedArticle(string.Join("\n\n", paragraphs), date, sources, captions, removed);
    }

    private static string RemoveInlineDebris(string line, List<string> removed, out bool isCaption)
    {
        isCaption = false;
        foreach (var credit in ScrapingDebris.CaptionCredits)
        {
            var match = credit.Regex.Match(line);
            if (match.Success)
            {
                removed.Add($"{credit.Name}: {match.Value.Trim()}");
                line = line.Remove(match.Index, match.Length).TrimEnd();
                isCaption = true;
            }
        }
        foreach (var debris in ScrapingDebris.InlineDebris)
        {
            line = debris.Regex.Replace(line, m =>
            {
                removed.Add($"{debris.Name}: {m.Value.Trim()}");
                return "";
            });
        }
        return TextNormalizer.CollapseSpaces(line);
    }

    /// <summary>
    /// Lines of a block are separate paragraphs (scraped text puts one paragraph per line), except that a line
    /// continuing a sentence — the previous line has no closing punctuation and this one starts in lower case —
    /// is joined to it, which repairs hard-wrapped text.
    /// </summary>
    private static List<string> JoinWrappedLines(List<string> lines)
    {
        var paragraphs = new List<string>();
        bool previousBlank = true;
        foreach (string line in lines)
        {
            if (line.Length == 0)
            {
                previousBlank = true;
                continue;
            }
            if (!previousBlank && paragraphs.Count > 0 && char.IsLower(line[0]) && !EndsClause(paragraphs[^1]))
            {
                paragraphs[^1] += " " + line;
            }
            else
            {
                paragraphs.Add(line);
            }
            previousBlank = false;
        }
        return paragraphs;
    }

    private static bool EndsClause(string text) => text[^1] is '.' or '!' or '?' or '…' or ':' or ';' or '”' or '"';

    private static bool TryDateHeader(string line, out DateOnly date)
    {
        date = default;
        var match = DateHeader().Match(line);
        return match.Success && DateText.TryParse(match.Groups["date"].Value, out date);
    }

    private static bool TrySourcesFooter(string line, List<Uri> sources)
    {
        var match = SourcesFooter().Match(line);
        if (!match.Success)
        {
            return false;
        }
        string rest = match.Groups["rest"].Value;
        var urls = Url().Matches(rest).Select(m => m.Value.TrimEnd('.', ',', ';', ')')).ToList();
        string leftover = Url().Replace(rest, " ");
        if (urls.Count == 0 || !FooterFiller().IsMatch(leftover))
        {
            return false; // "Sources say the talks will resume" is content
        }
        foreach (string url in urls)
        {
            if (Uri.TryCreate(url, UriKind.Absolute, out var uri))
            {
                sources.Add(uri);
            }
        }
        return true;
    }

    [GeneratedRegex(@"^(published on|posted on|publication date|date|published|posted)\s*:?\s*(?<date>.{6,40})$", RegexOptions.IgnoreCase)]
    private static partial Regex DateHeader();

    [GeneratedRegex(@"^(sources?|source urls?|links?|references?)\s*:?\s*(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex SourcesFooter();

    [GeneratedRegex(@"https?://[^\s<>""]+", RegexOptions.IgnoreCase)]
    private static partial Regex Url();

    /// <summary>What may sit between footer URLs: numbering ("1/", "2.", "[3]"), separators.</summary>
    [GeneratedRegex(@"^(\s|\d+\s*[/.):\]-]|\[\d+\]|[,;|•·-])*$")]
    private static partial Regex FooterFiller();
}
