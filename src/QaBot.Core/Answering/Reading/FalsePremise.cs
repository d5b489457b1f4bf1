using System.Text.RegularExpressions;
using QaBot.Core.Retrieval;
using QaBot.Core.Text;

namespace QaBot.Core.Answering.Reading;

/// <summary>
/// A question that takes for granted what no passage read says: it cannot be answered from them, however well they
/// match its other words, and quoting them would seem to confirm it (<see cref="AnswerChecks.RulesOut"/>). Three kinds
/// of premise are read, each against the passages read, never the whole store (a place no passage names is read before,
/// by the answer service):
/// <list type="bullet">
/// <item>something that went wrong or was undone — called off, turned down, pulled out of, shot down, banned, resigned
/// (<see cref="Happenings"/>): "why did the quad summit in australia get called off" when the passages only say Biden
/// is anticipated to travel to it;</item>
/// <item>a figure stated as fact ("how did russia china trade hit 300bn in 2023" when the passages say $228
/// billion) — not a threshold ("over 200bn") nor a year;</item>
/// <item>words put in the wrong mouth (<see cref="AskedSubject.MisattributedIn"/>): "why did peskov tell reporters
/// russia and china had narrow approaches on intl issues" when it was Ushakov who told them.</item>
/// </list>
/// </summary>
public static partial class FalsePremise
{
    /// <summary>True when <paramref name="reading"/>'s question takes for granted a happening, a figure or a speaker's words that none of the passages it read says.</summary>
    public static bool Presumed(SentenceReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        if (reading.Ranked.Count == 0)
        {
            return false;
        }

        var passages = reading.Passages.Select(c => c.Text).ToList();
        var question = reading.Question.Text;
        return UntoldHappening(question, passages) || UntoldFigure(question, passages)
            || (AskedSubject.Of(question) is { } asked && asked.MisattributedIn(reading.Ranked.Select(s => s.Candidate)));
    }

    /// <summary>
    /// Kinds of happening a question may take for granted, each with the words that tell of it: a passage saying any
    /// word of the kind ("postponed" for "called off") tells it.
    /// </summary>
    private static readonly Regex[] Happenings =
    [
        // Called off, scrapped, put off, pulled out of.
        new(@"\b(?:cancel\w*|call(?:s|ed|ing)?\s+(?:it\s+)?off|scrap(?:s|ped|ping)?|postpone\w*|put\s+off|bail(?:s|ed|ing)?|back(?:s|ed|ing)?\s+out|pull(?:s|ed|ing)?\s+out|withdr[ae]w\w*|scuttle\w*|ditch(?:es|ed|ing)?)\b", RegexOptions.IgnoreCase),
        // Turned down, rejected, snubbed, shot down (a bill, or a drone), intercepted.
        new(@"\b(?:turn(?:s|ed|ing)?\s+(?:it\s+|them\s+|him\s+|her\s+)?down|reject\w*|snub(?:s|bed|bing)?|rebuff\w*|refus\w*|shoot(?:s|ing)?\s+(?:\w+\s+){0,2}?down|shot\s+(?:\w+\s+){0,2}?down|intercept\w*|grounding|downed)\b", RegexOptions.IgnoreCase),
        // Banned, expelled, boycotted.
        new(@"\b(?:ban(?:s|ned|ning)?|expel\w*|boycott\w*|blacklist\w*|embargo\w*)\b", RegexOptions.IgnoreCase),
        // Resigned, stepped down, ousted.
        new(@"\b(?:resign\w*|step(?:s|ped|ping)?\s+down|sacked|ousted|impeach\w*)\b", RegexOptions.IgnoreCase),
        // Arrested, jailed.
        new(@"\b(?:arrest\w*|detain\w*|jail\w*|imprison\w*)\b", RegexOptions.IgnoreCase),
        // Broke off, fell out, froze.
        new(@"\b(?:break(?:s|ing)?\s+off|broke\s+off|cut(?:s|ting)?\s+(?:off\s+)?ties|f[ae]ll(?:s|en|ing)?\s+out|froze|frozen|freez(?:e|es|ing)|suspend\w*|collaps\w*)\b", RegexOptions.IgnoreCase),
    ];

    private static bool UntoldHappening(string question, List<string> passages) =>
        Happenings.Any(kind => kind.IsMatch(question) && !passages.Any(kind.IsMatch));

    private static bool UntoldFigure(string question, List<string> passages)
    {
        var stated = StatedFigure().Matches(question).Select(m => NumberTokens.Normalise(m.Groups["n"].Value)).ToList();
        if (stated.Count == 0)
        {
            return false;
        }

        var told = passages.SelectMany(NumberTokens.Of).ToHashSet(StringComparer.Ordinal);
        return stated.Any(n => !told.Contains(n));
    }

    /// <summary>
    /// A figure the question states as fact: digits with an amount's unit ("300bn", "$93 billion", "40%"), not after a
    /// word that makes it a bound ("over 200bn", "at least", "nearly").
    /// </summary>
    [GeneratedRegex(@"(?<!\b(?:over|above|under|below|than|least|most|nearly|almost|about|around|roughly|approx|approximately|past|beyond|top|topped|exceed|exceeded|surpass|surpassed)\s+\$?)(?<![\d.,])\$?(?<n>\d{1,3}(?:[.,]\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?:bn|billion|b|mn|million|m|trillion|tn|k|thousand|%|percent|per\s+cent)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StatedFigure();
}
