using System.Text.RegularExpressions;
using QaBot.Core.Articles;

namespace QaBot.Core.Answering.Reading;

/// <summary>
/// The day of the news an article reports. News often tells what happened in one sentence and when in another: "It
/// refers to a telephone conversation between Putin and Xi celebrating the Lunar New Year." and, in a caption's
/// paragraph, "The couple spoke on February 8, 2024…" (a day before the article's date). A question for when it
/// happened ("what date did xi n putin have their lunar new year phone call") is answered by the two together.
/// </summary>
public static partial class NewsDay
{
    /// <summary>How many days before its article's date the news it reports may have happened.</summary>
    private const int NewsDays = 2;

    /// <summary>True when <paramref name="sentence"/> writes out the day of the news its article reports: at most <see cref="NewsDays"/> days before the article's date.</summary>
    public static bool Tells(ScoredSentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return sentence.Candidate.Chunk.Date is { } published && DateMentions.Find(sentence.Candidate.Text)
            .Any(d => d.Precision == DatePrecision.Day && d.From <= published && published.DayNumber - d.From.DayNumber <= NewsDays);
    }

    /// <summary>
    /// For a fact question for when or on which day something happened whose best sentence tells of a talk, call or meeting and writes
    /// no date, the sentence of its article that writes out the day of its news and tells of a talk too ("The couple
    /// spoke on February 8, 2024…"), as likely as the best, to lead the answer the best then follows; null otherwise.
    /// </summary>
    public static ScoredSentence? Lead(SentenceReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        if (reading.Question.Shape != AnswerShape.Fact || reading.Question.Kind != AnswerKind.Date || reading.Ranked.Count < 2 || !AsksDay().IsMatch(reading.Question.Text))
        {
            return null;
        }

        var best = reading.Ranked[0];
        if (!Talk().IsMatch(best.Candidate.Text) || ReaderQuestion.DatesIn(best.Candidate.Text, best.Candidate.Chunk.Date).Any(d => d.Precision <= DatePrecision.Week))
        {
            return null;
        }

        return reading.Ranked.FirstOrDefault(s => s.Candidate.Chunk.ArticleId == best.Candidate.Chunk.ArticleId && Tells(s) && Talk().IsMatch(s.Candidate.Text)) is { } day
            ? day with { Probability = best.Probability }
            : null;
    }

    /// <summary>A question for when or on which day — not for the time of day ("what time did the call start").</summary>
    [GeneratedRegex(@"\bwhen\b|\b(?:what|which)\s+(?:date|day)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksDay();

    /// <summary>A talk, call or meeting: "a telephone conversation", "spoke", "held talks", "met".</summary>
    [GeneratedRegex(@"\b(?:(?:tele)?phone|call(?:s|ed)?|conversations?|video\w*|talk(?:s|ed)?|spoke|speak|met|meetings?|summit)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Talk();
}
