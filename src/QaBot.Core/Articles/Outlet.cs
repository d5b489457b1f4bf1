using System.Text.RegularExpressions;
using QaBot.Core.Text;

namespace QaBot.Core.Articles;

/// <summary>
/// The outlet that published an article, as its address names it ("https://www.aljazeera.com/news/…" → "aljazeera"),
/// and whether a question names it the way people type it ("the al jazeera one", "that aljazeera piece", "the
/// Al-Jazeera article"): up to <see cref="MaxWords"/> words of the question that, run together, spell the site's name.
/// </summary>
public static partial class Outlet
{
    /// <summary>The most words a typed outlet name runs to ("the new york times").</summary>
    private const int MaxWords = 4;

    /// <summary>The site's own name in <paramref name="url"/> (its host without "www." and the domain ending), lower case; null without an address.</summary>
    public static string? NameOf(Uri? url)
    {
        if (url is null || !url.IsAbsoluteUri || url.HostNameType != UriHostNameType.Dns)
        {
            return null;
        }

        var labels = url.Host.ToLowerInvariant().Split('.');
        // "www.aljazeera.com" → "aljazeera"; "edition.cnn.com" → "cnn"; "bbc.co.uk" → "bbc".
        var name = labels.Length switch
        {
            1 => labels[0],
            _ when labels.Length >= 3 && labels[^2].Length <= 3 && labels[^1].Length == 2 => labels[^3],
            _ => labels[^2],
        };
        return name.Length >= 3 ? name : null;
    }

    /// <summary>True when <paramref name="question"/> names the outlet of <paramref name="url"/> (<see cref="NameOf"/>).</summary>
    public static bool IsNamedIn(Uri? url, string question) => WordsNaming(url, question).Count > 0;

    /// <summary>
    /// The words of <paramref name="question"/> that spell the outlet of <paramref name="url"/> ("al", "jazeera"), empty
    /// when it does not name it: no passage says them, and they ask for the article, not for what it says.
    /// </summary>
    public static IReadOnlyList<string> WordsNaming(Uri? url, string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (NameOf(url) is not { } name)
        {
            return [];
        }

        var words = WordTokens.Of(question);
        for (var start = 0; start < words.Count; start++)
        {
            var joined = "";
            for (var end = start; end < words.Count && end - start < MaxWords; end++)
            {
                joined += words[end].Replace("-", "", StringComparison.Ordinal);
                if (joined == name)
                {
                    return [.. words.Skip(start).Take(end - start + 1)];
                }

                if (!name.StartsWith(joined, StringComparison.Ordinal))
                {
                    break;
                }
            }
        }

        return [];
    }

    /// <summary>The words of <paramref name="question"/> that spell the outlet of any of <paramref name="urls"/> (<see cref="WordsNaming(Uri?, string)"/>).</summary>
    public static HashSet<string> WordsNaming(IEnumerable<Uri?> urls, string question)
    {
        ArgumentNullException.ThrowIfNull(urls);
        return urls.Distinct().SelectMany(url => WordsNaming(url, question)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// <paramref name="question"/> without the outlet it names that no stored passage knows ("what does the newsweek
    /// article say on taiwan" → "what does the article say on taiwan", "the feb 2024 newsweek article" → "the feb 2024 article"): a word no chunk holds (<paramref name="absent"/>)
    /// naming "the … article", "that … piece", "the … one", which is not the site name of an address among
    /// <paramref name="urls"/>. The store keeps an article's address, not its publisher's name, so such a word only asks
    /// which article; without it the question's topic finds it, where it would be declined as naming something no article
    /// mentions. A word saying which by time or order ("the newest article") is no outlet. Null when the question names no such outlet.
    /// </summary>
    public static string? WithoutUnknownOutlet(string question, IReadOnlySet<string> absent, IEnumerable<Uri?> urls)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(absent);
        var known = WordsNaming(urls, question);
        var changed = false;
        var result = NamedArticle().Replace(question, m =>
        {
            var words = WordTokens.Of(m.Groups["name"].Value);
            if (words.Count == 0 || !words.All(absent.Contains) || words.Any(known.Contains) || words.Any(w => WhichOne().IsMatch(w)))
            {
                return m.Value;
            }

            changed = true;
            return m.Groups["the"].Value + m.Groups["when"].Value + " " + m.Groups["noun"].Value;
        });
        return changed ? result : null;
    }

    /// <summary>Words that say which article by its time or place among them, not by its outlet ("the newest article", "that first piece").</summary>
    [GeneratedRegex(@"^(?:newest|latest|recent|new|newer|last|first|second|third|previous|earlier|earliest|older|oldest|other|whole|entire|full|long|longer|short|shorter|same|main)$", RegexOptions.IgnoreCase)]
    private static partial Regex WhichOne();

    /// <summary>"the newsweek article", "that defence connect piece", "the al jazeera one", "the feb 2024 newsweek article": a name of one or two words between a determiner (and the article's month and year) and an article's noun.</summary>
    [GeneratedRegex(@"\b(?<the>the|that|this)(?<when>\s+(?:\p{L}+\s+)?(?:19|20)\d\d)?\s+(?<name>\p{L}+(?:\s+\p{L}+)?)\s+(?<noun>article|piece|story|report|one|op-?ed|interview)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NamedArticle();
}
