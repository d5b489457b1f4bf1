using System.Text.RegularExpressions;
using QaBot.Core.Chunking;

namespace QaBot.Core.Articles;

/// <summary>
/// Whether a question names the article a passage is from, rather than what it tells: by the month, week or day it was
/// published ("the dec 2022 article", <see cref="ResolvedDate.NamesArticleDated"/>), by its year when it calls it an
/// article ("per the 2021 piece", "the story from 2024"), or by its outlet ("the al jazeera one", <see cref="Outlet"/>).
/// </summary>
public static partial class ArticleReference
{
    /// <summary>True when <paramref name="question"/>, whose dates are <paramref name="dates"/>, names <paramref name="chunk"/>'s article.</summary>
    public static bool Names(string question, IReadOnlyList<ResolvedDate> dates, Chunk chunk)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(dates);
        ArgumentNullException.ThrowIfNull(chunk);
        return (chunk.Date is { } date && (dates.Any(d => d.NamesArticleDated(date)) || ArticleOfYear().Matches(question).Any(m => m.Groups["year"].Value == date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture))))
            || Outlet.IsNamedIn(chunk.Url, question);
    }

    /// <summary>A year that says which article: "the 2021 piece", "that 2024 story", "the article from 2022".</summary>
    [GeneratedRegex(@"\b(?<year>(?:19|20)\d\d)\s+(?:piece|article|story|report|one)\b|\b(?:piece|article|story|report)\s+(?:from|of|in)\s+(?<year>(?:19|20)\d\d)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ArticleOfYear();
}
