using System.Text;
using QaBot.Core.Chunking;

namespace QaBot.Core.Articles;

/// <summary>
/// Resolves relative time expressions in an article's text against the article's date: "last year", "in September
/// of last year", "this week", "on Wednesday", "yesterday", "next month", "earlier this month", "a year ago", "in the
/// coming weeks", "in the spring", "the two-year mark", "Moscow's 10-month war", "eight days after a call" …
/// Pure and deterministic: the same text and date always give the same periods. Absolute dates ("December 30, 2022",
/// "in 2019") are left alone; they already say what they mean. Tense decides a bare day or month ("on Wednesday",
/// "in September"): the nearest one before the article's date, or after it when the nearest verb looks ahead
/// ("will", "is expected to"). See <see cref="TimeExpressions"/> for the patterns.
/// </summary>
public static class RelativeDates
{
    /// <summary>The relative expressions of <paramref name="text"/> with their periods, in text order.</summary>
    public static IReadOnlyList<ResolvedDate> Find(string text, DateOnly articleDate)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<ResolvedDate>();
        foreach (var sentence in SentenceSplitter.Split(text))
        {
            found.AddRange(TimeExpressions.InSentence(text, sentence.Start, sentence.End, articleDate));
        }

        return found;
    }

    /// <summary>
    /// <paramref name="text"/> with each relative expression followed by its period in brackets:
    /// "In September of last year [September 2022], the two leaders met". For showing a quoted sentence; an unknown
    /// <paramref name="articleDate"/> leaves the text as it is.
    /// </summary>
    public static string Annotate(string text, DateOnly? articleDate)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (articleDate is not { } date)
        {
            return text;
        }

        var result = new StringBuilder(text.Length + 32);
        var copied = 0;
        foreach (var resolved in Find(text, date))
        {
            result.Append(text, copied, resolved.End - copied).Append(resolved.Annotation);
            copied = resolved.End;
        }

        return result.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>
    /// The search words of every relative expression in <paramref name="text"/> ("september sep sept 2022 autumn"),
    /// space-separated, for a keyword index; empty when the date is unknown or nothing is relative.
    /// </summary>
    public static string SearchTerms(string text, DateOnly? articleDate)
    {
        ArgumentNullException.ThrowIfNull(text);
        return articleDate is { } date
            ? string.Join(' ', Find(text, date).SelectMany(r => r.SearchTerms()).Distinct(StringComparer.Ordinal))
            : "";
    }
}
