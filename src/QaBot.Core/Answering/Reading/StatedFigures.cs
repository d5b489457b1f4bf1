using System.Text.RegularExpressions;
using QaBot.Core.Text;

namespace QaBot.Core.Answering.Reading;

/// <summary>
/// A figure a question states as fact (<see cref="FalsePremise"/>): "how did russia china trade hit 300bn in 2023" when
/// no passage read gives 300 billion, or "kremlin said trade was 93bn for the whole of 2021, correct?" when every sentence
/// giving $93 billion gives it of another year ("…US$140 billion in 2021, and has already reached $93 billion in the
/// first seven months of 2022"), or a thing named by a span no passage gives it ("the 30-year friendship treaty" of a
/// 20-year one). A bound ("over 200bn", "at least") states no figure.
/// </summary>
public static partial class StatedFigures
{
    /// <summary>
    /// True when <paramref name="question"/> states a figure that none of <paramref name="passages"/> gives, or, naming
    /// one year of all <paramref name="years"/>, one that every sentence giving it (of <paramref name="sentences"/>) gives
    /// of another year (<see cref="YearOf"/>).
    /// </summary>
    public static bool Untold(string question, IEnumerable<string> passages, IReadOnlySet<string> years, IEnumerable<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(passages);
        ArgumentNullException.ThrowIfNull(years);
        ArgumentNullException.ThrowIfNull(sentences);
        if (UntoldSpan(question, passages))
        {
            return true;
        }

        var stated = Stated().Matches(question).Select(m => NumberTokens.Normalise(m.Groups["n"].Value)).ToList();
        if (stated.Count == 0)
        {
            return false;
        }

        var told = passages.SelectMany(NumberTokens.Of).ToHashSet(StringComparer.Ordinal);
        if (stated.Any(n => !told.Contains(n)))
        {
            return true;
        }

        if (years.Count != 1)
        {
            return false;
        }

        var given = sentences.Distinct(StringComparer.Ordinal).SelectMany(FiguresWithYears).ToList();
        return stated.Any(n => given.Where(g => g.Figure == n).ToList() is { Count: > 0 } of && of.All(g => g.Year is { } y && !years.Contains(y)));
    }

    /// <summary>
    /// True when <paramref name="question"/> gives something a span of years, months, weeks or days as its name does ("the
    /// 30-year friendship treaty") or as how long it lasted ("for like 5 years") that no passage gives, hyphenated or not
    /// ("a 20-year friendship and cooperation treaty"; "the 1-year anniversary" is told by "will last one year").
    /// </summary>
    private static bool UntoldSpan(string question, IEnumerable<string> passages)
    {
        var stated = NamedSpan().Matches(question).Concat(LastedSpan().Matches(question)).Select(Span).ToList();
        if (stated.Count == 0)
        {
            return false;
        }

        var told = passages.SelectMany(p => AnySpan().Matches(p)).Select(Span).ToHashSet();
        return stated.Any(span => !told.Contains(span));
    }

    /// <summary>A span's count as figures and its unit: "thirty-year" → (30, year), "10 months" → (10, month).</summary>
    private static (string Count, string Unit) Span(Match m)
    {
        var count = m.Groups["n"].Value.ToLowerInvariant();
        return (Stemmer.Figure(count) ?? count, m.Groups["unit"].Value.ToLowerInvariant());
    }

    /// <summary>The counts a span is written with: figures, or the words up to twenty and the tens.</summary>
    private const string SpanCount = @"\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";

    /// <summary>A span that names a thing by its length: "30-year treaty", "10-month war".</summary>
    [GeneratedRegex(@"(?<![\w.,-])(?<n>" + SpanCount + @")-(?<unit>year|month|week|day)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NamedSpan();

    /// <summary>
    /// A span something lasted, as the question states it: "why hadnt xi traveled abroad for like 5 years" (the news says
    /// "his first overseas trip in over two years"), "how come the war went on for three years by feb 2024".
    /// </summary>
    [GeneratedRegex(@"\bfor\s+(?:like\s+|about\s+|around\s+|almost\s+|nearly\s+|over\s+|more\s+than\s+)?(?<n>" + SpanCount + @")\s+(?<unit>year|month|week|day)s?\b", RegexOptions.IgnoreCase)]
    private static partial Regex LastedSpan();

    /// <summary>A span however it is written: "20-year", "one year", "two years", "10 months".</summary>
    [GeneratedRegex(@"(?<![\w.,-])(?<n>" + SpanCount + @")[\s-](?<unit>year|month|week|day)s?\b", RegexOptions.IgnoreCase)]
    private static partial Regex AnySpan();

    /// <summary>
    /// The amounts <paramref name="sentence"/> gives, each with the year it gives it of (<see cref="YearOf"/>) or null.
    /// </summary>
    private static IEnumerable<(string Figure, string? Year)> FiguresWithYears(string sentence)
    {
        var amounts = OutrightAnswers.AmountsIn(sentence).ToList();
        return amounts.SelectMany((amount, i) => NumberTokens.Of(amount.Value).Select(figure => (figure, YearOf(sentence, amounts, i))));
    }

    /// <summary>
    /// The year an amount is given of: the first year written after it before the next amount ("$93 billion in the first
    /// seven months of 2022"), else the last written before it after the amount before ("in 2023, trade reached $228
    /// billion"); null when neither is.
    /// </summary>
    private static string? YearOf(string sentence, List<Match> amounts, int i)
    {
        var end = amounts[i].Index + amounts[i].Length;
        var next = i + 1 < amounts.Count ? amounts[i + 1].Index : sentence.Length;
        var start = i > 0 ? amounts[i - 1].Index + amounts[i - 1].Length : 0;
        return ReaderQuestion.YearsIn(sentence[end..next]).FirstOrDefault()
            ?? ReaderQuestion.YearsIn(sentence[start..amounts[i].Index]).LastOrDefault();
    }

    /// <summary>
    /// A figure the question states as fact: digits with an amount's unit ("300bn", "$93 billion", "40%"), not after a
    /// word that makes it a bound ("over 200bn", "at least", "nearly").
    /// </summary>
    [GeneratedRegex(@"(?<!\b(?:over|above|under|below|than|least|most|nearly|almost|about|around|roughly|approx|approximately|past|beyond|top|topped|exceed|exceeded|surpass|surpassed)\s+\$?)(?<![\d.,])\$?(?<n>\d{1,3}(?:[.,]\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?:bn|billion|b|mn|million|m|trillion|tn|k|thousand|%|percent|per\s+cent)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Stated();
}
