using System.Text.RegularExpressions;
using QaBot.Core.Text;

namespace QaBot.Core.Answering.Reading;

/// <summary>
/// Leads that answer a question outright, whatever the answerability model's confidence: the model weighs how closely
/// the best sentence as a whole resembles the question, and a long sentence that tells the asked length, amount or
/// description in one phrase of a clause about something else resembles it little ("…pledged December 30 to deepen
/// bilateral cooperation amid Moscow’s 10-month war in Ukraine…" for "how long had the war been going by the dec 30
/// call", declined at 0.45). The checks that decline whatever the confidence (<see cref="AnswerChecks.RulesOut"/>)
/// still judge such a lead.
/// </summary>
public static partial class OutrightAnswers
{
    /// <summary>True when the reader's lead answers <paramref name="reading"/>'s question outright; null (the model decides) otherwise.</summary>
    public static bool? Answers(SentenceReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        return HowLong(reading) ?? HowMuch(reading) ?? LastTime(reading) ?? Describes(reading);
    }

    /// <summary>
    /// <paramref name="sentence"/> without the lengths it gives of other things than the one a "how long did X last"
    /// question asks about: "how long did the dec 30 call last" is not told by "…amid Moscow's 10-month war…", nor by a
    /// time counted from another ("…will take place eight days after a Russian-American video call"). Any
    /// other question gets the sentence as it is ("how many years has the war been going" → "the two-year mark").
    /// </summary>
    public static string WithoutOtherLengths(string question, string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        if (HowLongDidItLast().Match(question) is not { Success: true } asked)
        {
            return sentence;
        }

        var thing = WordTokens.Of(asked.Groups["thing"].Value).Select(Stemmer.Stem).ToHashSet(StringComparer.Ordinal);
        return LengthOfSomething().Replace(TimeApart().Replace(sentence, " "), m => thing.Contains(Stemmer.Stem(m.Groups["thing"].Value.ToLowerInvariant())) ? m.Value : " ");
    }

    /// <summary>
    /// A time counted from another, which dates something rather than tells how long it lasted: "eight days after", "two
    /// years ago", "10 months into", a first in a while ("first overseas trip in over two years").
    /// </summary>
    [GeneratedRegex(@"\bfirst\b[^.;,]{0,40}?\bin\s+(?:(?:over|more\s+than|nearly|almost|about|some)\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a|a\s+few|several|many)\s+(?:years?|months?|weeks?|days?|decades?)\b|\b(?:an?|" + Count + @")\s+(?:years?|months?|weeks?|days?|hours?|minutes?)\s+(?:after|before|ago|later|earlier|prior|since|into|from)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TimeApart();

    /// <summary>"how long did the dec 30 call last", "how long will the talks take": the thing whose length is asked.</summary>
    [GeneratedRegex(@"\bhow\s+long\s+(?:did|does|do|will|would|was|is)\s+(?<thing>.+?)\s+(?:last|take|run|go\s+on)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HowLongDidItLast();

    /// <summary>True when <paramref name="question"/> asks for the last time something happened: "when was xi last in russia", "the last time he visited".</summary>
    public static bool AsksLastTime(string question) => LastTimeAsked().IsMatch(question);

    /// <summary>True when <paramref name="sentence"/> tells a first time since a date, which tells the time before: "the first by Xi Jinping after 2019".</summary>
    public static bool SaysFirstSince(string sentence) => FirstSince().IsMatch(sentence);

    /// <summary>The year a sentence tells a first time since ("…the first by Xi Jinping after 2019": "2019"), or null.</summary>
    public static string? FirstSinceYear(string sentence) => FirstSince().Match(sentence) is { Success: true } m ? m.Groups["year"].Value : null;

    /// <summary>
    /// True when a question for the last time something happened ("when did xi last set foot in russia") is led by a
    /// sentence that tells the next time as the first since a date ("…the visit would be the first by Xi Jinping after
    /// 2019"): it answers, however little it resembles the question. Null (the model decides) otherwise.
    /// </summary>
    private static bool? LastTime(SentenceReading reading) =>
        reading.Ranked.Count > 0 && reading.Question.Kind == AnswerKind.Date && AsksLastTime(reading.Question.Text)
        && SaysFirstSince(reading.Ranked[0].Candidate.Text) ? true : null;

    [GeneratedRegex(@"\blast\b(?!\s+(?:year|month|week|spring|summer|autumn|fall|winter|night|decade)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex LastTimeAsked();

    [GeneratedRegex(@"\bfirst\b[^.;]{0,60}?\b(?:since|after)\s+(?:\p{L}+\s+)?(?<year>(?:19|20)\d\d)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FirstSince();

    /// <summary>True when <paramref name="text"/> writes an amount in figures ("US$140 billion", "200 billion dollars", "12%").</summary>
    public static bool GivesAmount(string text) => Amount().IsMatch(text);

    /// <summary>The amounts <paramref name="text"/> writes in figures (<see cref="GivesAmount"/>), where they stand.</summary>
    public static IEnumerable<Match> AmountsIn(string text) => Amount().Matches(text);

    /// <summary>True when <paramref name="word"/> names figures themselves ("figures", "numbers"), which no sentence giving one says.</summary>
    public static bool IsFigureWord(string word) => FigureNoun().IsMatch(word);

    /// <summary>
    /// True when a question for how long something lasted ("how long had the war been going by the dec 30 call", "how
    /// many months into the war was the dec 2022 call") is led by a sentence that gives the length of that thing in one
    /// phrase ("…amid Moscow’s 10-month war in Ukraine…", "…first overseas trip in more than two years"): it answers,
    /// however little the sentence as a whole resembles the question (a long sentence about a video call). Null (the
    /// model decides) otherwise.
    /// </summary>
    private static bool? HowLong(SentenceReading reading)
    {
        if (reading.Ranked.Count == 0 || (reading.Question.Kind != AnswerKind.Duration && !AnswerChecks.CountsTime(reading.Question.Text)))
        {
            return null;
        }

        var asked = reading.Question.Terms.Select(t => t.Stem).ToHashSet(StringComparer.Ordinal);
        var lead = reading.Ranked[0].Candidate.Text;
        return LengthOfSomething().Matches(lead).Any(m => asked.Contains(Stemmer.Stem(m.Groups["thing"].Value.ToLowerInvariant())))
            || FirstInAWhile().Matches(lead).Any(m => Retrieval.PassageWords.Of(m.Groups["thing"].Value) is var thing && reading.Question.Terms.Any(thing.Has))
            ? true : null;
    }

    /// <summary>
    /// The time since something last happened, said of its next time: "his first overseas trip in more than two years"
    /// answers "how long had xi gone without travelling abroad".
    /// </summary>
    [GeneratedRegex(@"\bfirst\s+(?<thing>(?:[\p{L}-]+\s+){1,3})in\s+(?:over\s+|more\s+than\s+|nearly\s+|almost\s+|about\s+)?(?:\d+|a|an|two|three|four|five|six|seven|eight|nine|ten)\s+(?:years?|months?|weeks?|decades?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FirstInAWhile();

    /// <summary>
    /// True when a question for a figure ("how much was the trade target", "what was the trade target they set", "so what
    /// was the record trade figure") is led by a sentence that puts an amount right by the question's weightiest word or
    /// its synonym ("…surpassing the target of 200 billion dollars…" for the target or the goal, "…reached a record $228
    /// billion…"): it answers, however little
    /// the long sentence as a whole resembles the question. Null (the model decides) otherwise: "what was the us trade
    /// deficit" names no deficit.
    /// </summary>
    private static bool? HowMuch(SentenceReading reading)
    {
        if (reading.Ranked.Count == 0 || (reading.Question.Kind != AnswerKind.Number && reading.Question.FocusWord is null)
            || reading.Question.Terms.Where(t => !t.IsNumber && !FigureNoun().IsMatch(t.Word)).MaxBy(t => t.Weight) is not { } weightiest)
        {
            return null;
        }

        var text = reading.Ranked[0].Candidate.Text;
        foreach (Match amount in Amount().Matches(text))
        {
            var before = WordTokens.Of(text[..amount.Index]).TakeLast(AmountReach);
            var after = WordTokens.Of(text[(amount.Index + amount.Length)..]).Take(AmountReach);
            if (Retrieval.PassageWords.Of(string.Join(' ', before.Concat(after))).Has(weightiest))
            {
                return true;
            }
        }

        return null;
    }

    /// <summary>
    /// True when a question how something was described ("how did they describe relations in the new year call") is led
    /// by a sentence that describes it ("Friendly relations between Moscow and China “are at an unprecedented level”…"):
    /// it answers, however little the long sentence as a whole resembles the question. Null (the model decides) otherwise.
    /// </summary>
    private static bool? Describes(SentenceReading reading) =>
        reading.Question.Kind == AnswerKind.Description && reading.Ranked.Count > 0
        && AnswerabilityFeatures.DescribesAsked(reading.Ranked[0]) ? true : null;

    /// <summary>A count of units of time, in figures or words: "10", "eight", "twenty".</summary>
    private const string Count = @"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)";

    /// <summary>How many words before or after an amount <see cref="HowMuch"/> looks for what it is of.</summary>
    private const int AmountReach = 3;

    /// <summary>A length put before what lasts it: "10-month war", "20-year friendship", "three-day economic symposium".</summary>
    [GeneratedRegex(@"\b" + Count + @"-(?:year|month|week|day|hour)(?:-long)?\s+(?:old\s+)?(?<thing>\p{L}+)", RegexOptions.IgnoreCase)]
    private static partial Regex LengthOfSomething();

    /// <summary>A word for figures themselves, which no sentence giving one says ("trade figures", "the numbers").</summary>
    [GeneratedRegex(@"^(?:numbers?|figures?|amounts?|stats|statistics|totals?|data|volumes?)$")]
    private static partial Regex FigureNoun();

    /// <summary>An amount written in figures: "US$140 billion", "$93 billion", "200 billion dollars", "12%", "3 million".</summary>
    [GeneratedRegex(@"(?:\bUS)?[$€£¥]\s?\d[\d,.]*(?:\s*(?:thousand|million|billion|trillion)\b)?|\b\d[\d,.]*\s*(?:%|percent\b|per cent\b|(?:thousand|million|billion|trillion)\b(?:\s+dollars\b)?)")]
    private static partial Regex Amount();
}
