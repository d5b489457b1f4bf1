using System.Text.RegularExpressions;
using QaBot.Core.Retrieval;
using QaBot.Core.Text;

namespace QaBot.Core.Answering.Reading;

/// <summary>
/// A question about a thing the articles name only in passing: "what animal is the 2024 lunar new year", "who founded
/// general electric", "how many countries are in the shanghai cooperation organisation". The articles name the thing
/// ("…a telephone conversation between Putin and Xi celebrating the Lunar New Year") and the reader's confidence alone
/// would quote it, but no sentence that names it says anything else the question asks (an animal, a founding, how many
/// countries): it does not answer (<see cref="AnswerChecks.RulesOut"/>). The thing is a name of two words or more the
/// sentences read write in capitals and the question says in a row; a person's name ("Xi Jinping", all of its words
/// names) or a title ("Chinese President") is left to the other checks, as the articles name a person by surname or
/// pronoun as often as in full.
/// </summary>
public static partial class NamedThing
{
    /// <summary>True when a fact question names a thing and no sentence read that names it says any of the question's other words.</summary>
    public static bool ToldOnlyInPassing(SentenceReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        if (reading.Question.Shape != AnswerShape.Fact || reading.Ranked.Count == 0)
        {
            return false;
        }

        var words = WordTokens.Of(reading.Question.Text);
        var asked = words.Select(Stemmer.Stem).ToList();
        var sentences = reading.Ranked.Select(s => s.Candidate.Text).ToList();
        // The thing asked about, not one that only says which other thing ("after the sco trip", "in the new year call")
        // or when ("the joint navy drills right before new years 2022"); its year may follow it ("what zodiac animal was
        // lunar new year 2024").
        var thing = sentences.SelectMany(Names)
            .Where(n => Where(asked, n) is var at && at.Count > 0
                && at.Any(i => (i + n.Count == words.Count || StopWords.Contains(words[i + n.Count]) || WordTokens.IsNumber(words[i + n.Count]))
                    && !SaysWhen(words, i)))
            .MaxBy(n => n.Count);
        if (thing is null)
        {
            return false;
        }

        var rest = WordTokens.Content(reading.Question.Text)
            .Where(w => !thing.Contains(Stemmer.Stem(w)) && !WordTokens.IsNumber(w) && Articles.CalendarMath.MonthNumber(w) == 0 && !FormWord().IsMatch(w)
                && !ReaderQuestion.NamesAnswerKind(reading.Question.Kind, w)) // "what city is the heritage foundation in": "city" is the answer's kind
            .ToList();
        var naming = sentences.Where(s => Where([.. WordTokens.Of(s).Select(Stemmer.Stem)], thing).Count > 0).ToList();
        if (rest.Count == 0)
        {
            // "what even is the shanghai cooperation organisation", "which countries are in the sco org": what it is or who
            // belongs to it, which a sentence naming it only as where something happened ("…on the margins of the Shanghai
            // Cooperation Organisation meeting in Uzbekistan") does not say.
            return (AsksWhatItIs().IsMatch(reading.Question.Text) || AsksMembers().IsMatch(reading.Question.Text)) && !naming.Any(s => Defines(s, thing));
        }

        return !naming.Any(s => PassageWords.Of(s) is var words && rest.Any(words.Has));
    }

    /// <summary>
    /// True when <paramref name="sentence"/> says what the thing is: "X is a…", "X, which…", "X, an alliance of…", or a
    /// common noun right before it ("the conservative think tank Heritage Foundation").
    /// </summary>
    private static bool Defines(string sentence, List<string> thing)
    {
        var words = WordTokens.AsWritten(sentence);
        var lower = words.Select(w => w.ToLowerInvariant()).ToList();
        return Where([.. lower.Select(Stemmer.Stem)], thing).Any(i =>
            (i > 0 && char.IsLower(words[i - 1][0]) && !StopWords.Contains(lower[i - 1]) && EnglishWords.Contains(lower[i - 1]))
            || (i + thing.Count + 1 < words.Count
                && ((lower[i + thing.Count] is "is" or "are" or "was" or "were" && lower[i + thing.Count + 1] is "a" or "an" or "the")
                    || lower[i + thing.Count] is "which" or "a" or "an")));
    }

    /// <summary>"what is X", "what even is X", "whats X": a question for what a thing is.</summary>
    [GeneratedRegex(@"^\W*what(?:['’]?s|(?:\s+(?:even|exactly|actually|really))?\s+(?:is|are))\s+(?:(?:even|exactly|actually|really)\s+)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksWhatItIs();

    /// <summary>"which countries are in X", "who's part of X", "what are the members of X": a question for who belongs to a thing.</summary>
    [GeneratedRegex(@"\b(?:which|what)\s+(?:countries|nations|states|members)\s+(?:are|is|were)\s+(?:in|part\s+of|members\s+of)\b|\bwho(?:['’]s|\s+is|\s+are)\s+(?:in|part\s+of|a\s+member\s+of|members\s+of)\s+(?:the\s+)?\p{L}|\b(?:members?|member\s+(?:states|countries))\s+of\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksMembers();

    /// <summary>
    /// The stems of every run of two or more capitalised words in <paramref name="sentence"/> and of each stretch of two
    /// or more of them, but persons' names, titles and places ("New Delhi", "United States": the articles name a place
    /// in many ways, "India", "US", "Washington").
    /// </summary>
    private static IEnumerable<List<string>> Names(string sentence)
    {
        foreach (Match run in Run().Matches(sentence))
        {
            var written = WordTokens.AsWritten(run.Value).Where(w => !StopWords.Contains(w.ToLowerInvariant())).ToList();
            for (var first = 0; first < written.Count - 1; first++)
            {
                for (var last = first + 1; last < written.Count; last++)
                {
                    var span = written[first..(last + 1)].Select(w => w.ToLowerInvariant()).ToList();
                    if (!span.All(EnglishWords.IsName) && !span.Any(w => Title().IsMatch(w)) && PlaceNames.In(string.Join(' ', written[first..(last + 1)])).Count == 0)
                    {
                        yield return [.. span.Select(Stemmer.Stem)];
                    }
                }
            }
        }
    }

    /// <summary>True when the name at <paramref name="at"/> follows a word of time ("before", "since", "until"…, "the" aside): it says when, not what is asked about.</summary>
    private static bool SaysWhen(IReadOnlyList<string> words, int at) =>
        words.Take(at).Reverse().SkipWhile(w => w.ToLowerInvariant() is "the" or "this" or "that" or "last").FirstOrDefault() is { } before && TimeWord().IsMatch(before);

    [GeneratedRegex(@"^(?:before|after|since|until|till|til|around|during|ahead|following|prior)$", RegexOptions.IgnoreCase)]
    private static partial Regex TimeWord();

    /// <summary>Where <paramref name="name"/> starts in <paramref name="words"/>, word after word.</summary>
    private static List<int> Where(List<string> words, List<string> name) =>
        [.. Enumerable.Range(0, Math.Max(0, words.Count - name.Count + 1)).Where(i => name.Select((n, j) => words[i + j] == n).All(same => same))];

    [GeneratedRegex(CapitalisedWords.Run)]
    private static partial Regex Run();

    /// <summary>True when <paramref name="word"/> (lower-case) is a word of a title: "president", "minister", "secretary".</summary>
    internal static bool IsTitleWord(string word) => Title().IsMatch(word);

    /// <summary>The words <paramref name="texts"/> write only with a capital, lower-cased, but titles: "xi", "ushakov", not "minister" (<see cref="CapitalisedWords.Only"/>).</summary>
    internal static HashSet<string> NeverLowerCase(IReadOnlyCollection<string> texts) =>
        CapitalisedWords.Only(texts).Where(w => !IsTitleWord(w)).ToHashSet(StringComparer.Ordinal);

    /// <summary>Words of a title: a run with one names an office, whose holder the articles name in other ways too.</summary>
    [GeneratedRegex(@"^(?:president|minister|secretary|spokesman|spokesperson|spokeswoman|adviser|advisor|premier|ambassador|chairman|leader|counterpart|foreign|deputy|press|prime|chief|head)$")]
    private static partial Regex Title();

    /// <summary>Words that ask rather than say what about: "what does sco stand for", "what happened at the heritage foundation".</summary>
    [GeneratedRegex(@"^(?:stand|stands|mean|means|meaning|called|name|named|happen|happened|happening|exactly|really|actually|tell|know|anything|something|thing|stuff|exist|exists|get|got|go|going|like)$")]
    private static partial Regex FormWord();
}
