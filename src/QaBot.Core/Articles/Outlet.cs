using QaBot.Core.Text;

namespace QaBot.Core.Articles;

/// <summary>
/// The outlet that published an article, as its address names it ("https://www.aljazeera.com/news/…" → "aljazeera"),
/// and whether a question names it the way people type it ("the al jazeera one", "that aljazeera piece", "the
/// Al-Jazeera article"): one to three words of the question that, run together, spell the site's name.
/// </summary>
public static class Outlet
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
}
