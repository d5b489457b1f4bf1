using System.Globalization;
using System.Text;

namespace QaBot.Core.Text;

/// <summary>
/// The one word tokenizer: a word is a run of letters and digits (with any combining marks inside it), so "U.S." gives
/// "u", "s", "$228bn" gives "228bn" and "Russia's" gives "russia", "s" — the same cuts SQLite's unicode61 tokenizer
/// makes for the full-text index. Words come lower-cased and folded (<see cref="TextFolding"/>); content words drop
/// <see cref="StopWords"/> and single letters; stems come from <see cref="Stemmer"/>.
/// </summary>
public static class WordTokens
{
    /// <summary>Folded word tokens in order, stop words included.</summary>
    public static IReadOnlyList<string> Of(string text) => Split(text, fold: true);

    /// <summary>Word tokens cut the same way but only lower-cased, not folded: for the full-text index, which folds by its own rules.</summary>
    public static IReadOnlyList<string> Unfolded(string text) => Split(text, fold: false);

    /// <summary>Word tokens cut the same way, as written (neither folded nor lower-cased): for checks that read capitals, such as names.</summary>
    public static IReadOnlyList<string> AsWritten(string text) => Split(text, fold: false, lower: false);

    /// <summary>True for a folded word that carries meaning: a number, or a word of two or more letters that is not a stop word.</summary>
    public static bool IsContent(string word) => IsNumber(word) || (word.Length > 1 && !StopWords.Contains(word));

    /// <summary>True for a content word that is not a number (checks that compare numbers apart, like the support test).</summary>
    public static bool IsContentWord(string word) => !IsNumber(word) && IsContent(word);

    /// <summary>True for a token made of digits only ("2023").</summary>
    public static bool IsNumber(string word) => word.Length > 0 && word.All(char.IsAsciiDigit);

    /// <summary>Distinct content words, in first-seen order.</summary>
    public static IReadOnlyList<string> Content(string text)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return Of(text).Where(w => IsContent(w) && seen.Add(w)).ToList();
    }

    /// <summary>Stems of the distinct content words.</summary>
    public static HashSet<string> ContentStems(string text) =>
        Of(text).Where(IsContent).Select(Stemmer.Stem).ToHashSet(StringComparer.Ordinal);

    private static List<string> Split(string text, bool fold, bool lower = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune) || (word.Length > 0 && IsMark(rune)))
            {
                Append(word, rune, fold, lower);
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    private static void Append(StringBuilder word, Rune rune, bool fold, bool lower)
    {
        if (!lower)
        {
            word.Append(rune.ToString());
        }
        else if (rune.IsBmp)
        {
            var c = (char)rune.Value;
            word.Append(fold ? TextFolding.Fold(c) : char.ToLowerInvariant(c));
        }
        else
        {
            word.Append(Rune.ToLowerInvariant(rune).ToString());
        }
    }

    private static bool IsMark(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
