using System.Text.RegularExpressions;

namespace QaBot.Core.Answering.Reading;

/// <summary>
/// Questions for what a named thing is ("what's tass", "what is cctv", "what's the heritage foundation") and the
/// sentences that answer them: those that name it with what kind of thing it is just before the name ("Russian state
/// media Tass", "China's state broadcaster CCTV", "the conservative think tank Heritage Foundation"). The sibling of
/// <see cref="PersonTitle"/> for people.
/// </summary>
public static partial class NameDescription
{
    /// <summary>How many words before the name the kind of thing may stand.</summary>
    private const int Reach = 3;

    /// <summary>
    /// The name <paramref name="question"/> asks what it is, as written ("what's tass" → "tass", "what is the heritage
    /// foundation" → "heritage foundation"); null for any other question, and for one with more than a name after "what
    /// is" ("what is the population of china").
    /// </summary>
    public static string? AskedName(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var m = WhatIs().Match(question);
        if (!m.Success)
        {
            return null;
        }

        var words = Text.WordTokens.Of(m.Groups["name"].Value);
        return words.Count is > 0 and <= 3 && words.All(Text.WordTokens.IsContentWord) ? string.Join(' ', words) : null;
    }

    /// <summary>
    /// True when <paramref name="sentence"/> names <paramref name="name"/> in capitals, not as its first word, with a
    /// word for a kind of thing (media, broadcaster, agency, tank, alliance…) up to <see cref="Reach"/> words before it.
    /// </summary>
    public static bool IsDescribedIn(string sentence, string name)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(name);
        var pattern = @"\b" + string.Join(@"\s+", name.Split(' ').Select(Regex.Escape)) + @"\b";
        foreach (Match m in Regex.Matches(sentence, pattern, RegexOptions.IgnoreCase))
        {
            if (m.Index == 0 || !char.IsUpper(sentence[m.Index]))
            {
                continue;
            }

            if (PersonTitle.Word().Matches(sentence[..m.Index]).TakeLast(Reach).Any(w => KindWords.Contains(w.Value.ToLowerInvariant())))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words that say what kind of body, outlet or thing a name is.</summary>
    private static readonly HashSet<string> KindWords = new(StringComparer.Ordinal)
    {
        "media", "agency", "broadcaster", "newspaper", "paper", "outlet", "network", "channel", "magazine", "daily", "station",
        "tank", "foundation", "institute", "university", "company", "firm", "group", "alliance", "bloc", "coalition", "union",
        "organisation", "organization", "party", "ministry", "council", "committee", "forum", "initiative", "programme",
        "program", "treaty", "pact", "platform", "website", "app", "bank", "fund", "movement", "militia", "manufacturer",
    };

    [GeneratedRegex(@"^\W*what(?:['’]?s|\s+is|\s+was|\s+are)\s+(?:the\s+|an?\s+)?(?<name>[\p{L}.'’-]+(?:\s+[\p{L}.'’-]+){0,2})\s*[?!.]*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex WhatIs();
}
