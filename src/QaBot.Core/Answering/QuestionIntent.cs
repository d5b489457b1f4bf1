using System.Text.RegularExpressions;

namespace QaBot.Core.Answering;

/// <summary>What kind of answer a question asks for, read from its wording; used to prefer sentences that can answer it.</summary>
public enum AnswerKind
{
    /// <summary>No particular kind.</summary>
    Any,

    /// <summary>An amount, count or value ("how much", "trade volume").</summary>
    Number,

    /// <summary>A date or year ("when", "what year").</summary>
    Date,

    /// <summary>A length of time ("how long").</summary>
    Duration,

    /// <summary>A person or organisation ("who").</summary>
    Name,

    /// <summary>A place ("where").</summary>
    Place,
}

/// <summary>Reads the <see cref="AnswerKind"/> of a question and tells whether a sentence has that kind of content.</summary>
public static partial class QuestionIntent
{
    /// <summary>The kind of answer <paramref name="question"/> asks for.</summary>
    public static AnswerKind Of(string question)
    {
        var q = question.ToLowerInvariant();
        if (HowLong().IsMatch(q))
        {
            return AnswerKind.Duration;
        }

        if (WhenWords().IsMatch(q))
        {
            return AnswerKind.Date;
        }

        if (NumberWords().IsMatch(q))
        {
            return AnswerKind.Number;
        }

        if (WhoWords().IsMatch(q))
        {
            return AnswerKind.Name;
        }

        return WhereWords().IsMatch(q) ? AnswerKind.Place : AnswerKind.Any;
    }

    /// <summary>
    /// True when <paramref name="sentence"/> holds content of the asked kind that <paramref name="question"/> does not
    /// already give: a number it does not name, a date, a name or place it does not mention. An answer tells something new.
    /// </summary>
    public static bool AddsAnswer(AnswerKind kind, string question, string sentence)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(sentence);
        var asked = Text.WordTokens.Of(question).Select(Text.Stemmer.Stem).ToHashSet(StringComparer.Ordinal);
        bool New(Regex pattern) => pattern.Matches(sentence)
            .Any(m => Text.WordTokens.Of(m.Value).Any(w => !asked.Contains(Text.Stemmer.Stem(w))));
        return kind switch
        {
            AnswerKind.Number => New(NumberToken()),
            AnswerKind.Date => New(HasDate()),
            AnswerKind.Duration => New(HasDuration()),
            AnswerKind.Name or AnswerKind.Place => New(HasProperName()),
            _ => false,
        };
    }

    /// <summary>True when <paramref name="sentence"/> contains the kind of content <paramref name="kind"/> asks for.</summary>
    public static bool Satisfies(AnswerKind kind, string sentence) => kind switch
    {
        AnswerKind.Number => HasNumber().IsMatch(sentence),
        AnswerKind.Date => HasDate().IsMatch(sentence),
        AnswerKind.Duration => HasDuration().IsMatch(sentence),
        AnswerKind.Name or AnswerKind.Place => HasProperName().IsMatch(sentence),
        _ => false,
    };

    [GeneratedRegex(@"\bhow long\b|\bfor how many (years|months|weeks|days)\b|сколько (времени|лет|месяцев)|как долго")]
    private static partial Regex HowLong();

    [GeneratedRegex(@"\bwhen('?s)?\b|\b(what|which) (date|year|day|month|time)\b|\bsince when\b|\bhow long ago\b|\bкогда\b|\bв каком году\b")]
    private static partial Regex WhenWords();

    [GeneratedRegex(@"\bhow (much|many|big|large|high|low|far)\b|\b(volume|amount|number|value|total|figure|turnover|billion|percent|cost|price|worth)\b|\bсколько\b|\bобъем|\bобъём")]
    private static partial Regex NumberWords();

    [GeneratedRegex(@"\bwho('?s|se|m)?\b|\b(which|what) (leader|official|minister|president|spokesman|spokesperson|person|people|guy|man|woman|broadcaster|newspaper|agency|outlet|company|firm|party|organi[sz]ation|group|alliance)\b|\bwhat('?s| is) (his|her|their) name\b|\bкто\b")]
    private static partial Regex WhoWords();

    [GeneratedRegex(@"\bwhere('?s)?\b|\b(which|what) (country|countries|city|cities|place|nation|nations|state|region|peninsula|sea|island|capital)\b|\bгде\b|\bв какой стране\b")]
    private static partial Regex WhereWords();

    [GeneratedRegex(@"\d")]
    private static partial Regex HasNumber();

    [GeneratedRegex(@"\$?\d[\d,.]*|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|billion|billions|dozens?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NumberToken();

    [GeneratedRegex(@"\b(1[89]|20)\d\d\b|\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b|\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")]
    private static partial Regex HasDate();

    [GeneratedRegex(@"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|several)[- ](year|month|week|day|hour)s?\b|\banniversary\b|\bsince\b", RegexOptions.IgnoreCase)]
    private static partial Regex HasDuration();

    [GeneratedRegex(@"(?<=\S\s+)\p{Lu}\p{Ll}+")]
    private static partial Regex HasProperName();
}
