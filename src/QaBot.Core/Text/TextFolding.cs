using System.Globalization;
using System.Text;

namespace QaBot.Core.Text;

/// <summary>
/// The one case and accent folding for comparing words: lower case, diacritics removed from Latin letters
/// ("Zürich" → "zurich", "RÉSUMÉ" → "resume"), Russian "ё" read as "е". Other scripts keep their letters ("й" stays
/// "й"): like SQLite's unicode61 tokenizer, which folds Latin diacritics only, so folded words still match the index.
/// </summary>
public static class TextFolding
{
    private const char LatinStart = '\u00C0';
    private const char LatinEnd = '\u024F';
    private const char LatinExtraStart = '\u1E00';
    private const char LatinExtraEnd = '\u1EFF';

    private static readonly char[] Latin = Table(LatinStart, LatinEnd);
    private static readonly char[] LatinExtra = Table(LatinExtraStart, LatinExtraEnd);

    /// <summary>One character, lower-cased and folded.</summary>
    public static char Fold(char c) => c switch
    {
        < '\u0080' => c is >= 'A' and <= 'Z' ? (char)(c + 32) : c,
        >= LatinStart and <= LatinEnd => Latin[c - LatinStart],
        >= LatinExtraStart and <= LatinExtraEnd => LatinExtra[c - LatinExtraStart],
        'ё' or 'Ё' => 'е',
        _ => char.ToLowerInvariant(c),
    };

    /// <summary>The whole text, lower-cased and folded character by character.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = Fold(source[i]);
            }
        });
    }

    private static char[] Table(char first, char last)
    {
        var table = new char[last - first + 1];
        for (var c = first; c <= last; c++)
        {
            var lower = char.ToLowerInvariant(c);
            var decomposed = lower.ToString().Normalize(NormalizationForm.FormD);
            table[c - first] = decomposed.Length > 1 && CharUnicodeInfo.GetUnicodeCategory(decomposed[1]) == UnicodeCategory.NonSpacingMark
                ? decomposed[0]
                : lower;
        }

        return table;
    }
}
