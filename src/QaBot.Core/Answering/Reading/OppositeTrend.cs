using System.Text.RegularExpressions;
using QaBot.Core.Text;

namespace QaBot.Core.Answering.Reading;

/// <summary>
/// An amount a question takes for granted went one way when the news says it went the other (<see cref="FalsePremise"/>):
/// "why did russia china trade drop so much in 2023", "how much did it drop… heard it crashed" when the sentence telling
/// of that trade says it "reached a record $228 billion in 2023". A question whether it went one way ("did trade drop in
/// 2023") takes nothing for granted. A target missed ("why did russia and china fall short of their 200bn trade goal in
/// 2023") is told otherwise by the first sentence naming a target that says it was passed. The sentence read is the
/// first of the best that names the thing that moved (the nearest word before "drop" that names no one and no place:
/// "trade") and every year the question names; it must say the other way and not the asked one.
/// </summary>
public static partial class OppositeTrend
{
    /// <summary>How many words after the thing that moved the sentence may say which way it went.</summary>
    private const int Reach = 10;

    /// <summary>How many words before the move the thing that moved may stand.</summary>
    private const int ThingReach = 5;

    /// <summary>How many of the best sentences are read.</summary>
    private const int LooksAt = 5;

    /// <summary>True when <paramref name="question"/> has a thing go up or down and the first of <paramref name="sentences"/> telling of it says it went the other way.</summary>
    public static bool Told(string question, IReadOnlySet<string> years, IEnumerable<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(years);
        ArgumentNullException.ThrowIfNull(sentences);
        if (MissesTarget().IsMatch(question))
        {
            return TargetReached(years, sentences);
        }

        var words = WordTokens.Of(question).ToList();
        var at = words.FindIndex(w => Down().IsMatch(w) || Up().IsMatch(w));
        // The thing that moved: the nearest word before the move that names no one and no place ("trade between russia and china fell").
        var before = at <= 0 ? [] : words.Take(at).Reverse().Take(ThingReach)
            .Where(w => WordTokens.IsContentWord(w) && !EnglishWords.IsName(w) && !PlaceNames.IsPlace(w) && Stemmer.PlaceOfDemonym(w) is null).ToList();
        if (before.Count == 0)
        {
            return false;
        }

        var down = Down().IsMatch(words[at]);
        var thing = Stemmer.Stem(before[0]);
        foreach (var sentence in sentences.Take(LooksAt))
        {
            var said = WordTokens.Of(sentence).ToList();
            var from = said.FindIndex(w => Stemmer.Stem(w) == thing);
            if (from < 0 || !years.All(y => said.Contains(y)))
            {
                continue;
            }

            var after = said.Skip(from + 1).Take(Reach).ToList();
            bool Says(Regex way) => after.Any(way.IsMatch);
            return down ? Says(Up()) && !Says(Down()) : Says(Down()) && !Says(Up());
        }

        return false;
    }

    /// <summary>
    /// True when the first of <paramref name="sentences"/> that names a target and every year asked says it was passed
    /// ("…reached a record $228 billion in 2023, surpassing the target…") and not missed.
    /// </summary>
    private static bool TargetReached(IReadOnlySet<string> years, IEnumerable<string> sentences) =>
        sentences.Take(LooksAt).Select(s => WordTokens.Of(s).ToList())
            .FirstOrDefault(said => said.Any(Target().IsMatch) && years.All(said.Contains)) is { } told
        && told.Any(Passed().IsMatch) && !told.Any(NotPassed().IsMatch);

    /// <summary>A target missed: "fall short", "missed the … goal", "didn't hit the target", "shortfall".</summary>
    [GeneratedRegex(@"\b(?:fall|falls|fell|falling|fallen)\s+short\b|\bshortfall\b|\b(?:miss|misses|missed|missing|(?:didn'?t|did\s+not|failed\s+to|fail\s+to|never)\s+(?:reach|hit|meet|make|achieve))\s+(?:\S+\s+){0,5}?(?:target|goal|aim|objective)s?\b", RegexOptions.IgnoreCase)]
    private static partial Regex MissesTarget();

    [GeneratedRegex(@"^(?:targets?|goals?|aims?|objectives?)$", RegexOptions.IgnoreCase)]
    private static partial Regex Target();

    [GeneratedRegex(@"^(?:surpass(?:es|ed|ing)?|exceed(?:s|ed|ing)?|beat(?:s|en|ing)?|topp(?:ed|ing)|overshot|outstrip(?:s|ped|ping)?|record)$", RegexOptions.IgnoreCase)]
    private static partial Regex Passed();

    [GeneratedRegex(@"^(?:miss(?:es|ed|ing)?|short|shortfall|below|under)$", RegexOptions.IgnoreCase)]
    private static partial Regex NotPassed();

    /// <summary>Going down: "drop", "fell", "declined", "shrank", "plunged"…</summary>
    [GeneratedRegex(@"^(?:drop(?:s|ped|ping)?|fall(?:s|en|ing)?|fell|declin(?:e|es|ed|ing)|shr[iau]nk(?:s|ing)?|plung(?:e|es|ed|ing)|slump(?:s|ed|ing)?|decreas(?:e|es|ed|ing)|dip(?:s|ped|ping)?|tank(?:s|ed|ing)?|collaps(?:e|es|ed|ing)|crash(?:es|ed|ing)?|contract(?:s|ed|ing)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex Down();

    /// <summary>Going up: "rose", "grew", "increased", "surged", "a record", "surpassing"…</summary>
    [GeneratedRegex(@"^(?:ris(?:e|es|en|ing)|rose|gr[eo]w(?:s|n|ing)?|increas(?:e|es|ed|ing)|surg(?:e|es|ed|ing)|soar(?:s|ed|ing)?|jump(?:s|ed|ing)?|climb(?:s|ed|ing)?|record|surpass(?:es|ed|ing)?|boom(?:s|ed|ing)?|doubl(?:e|es|ed|ing)|expand(?:s|ed|ing)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex Up();
}
