using System.Text.RegularExpressions;
using QaBot.Core.Text;

namespace QaBot.Core.Answering.Reading;

/// <summary>
/// A figure a question states as fact (<see cref="FalsePremise"/>): "how did russia china trade hit 300bn in 2023" when
/// no passage read gives 300 billion, or "kremlin said trade was 93bn for the whole of 2021, correct?" when every sentence
/// giving $93 billion gives it of another year ("…US$140 billion in 2021, and has already reached $93 billion in the
/// first seven months of 2022"). A bound ("over 200bn", "at least") states no figure.
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
