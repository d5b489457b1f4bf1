using System.Text.RegularExpressions;

namespace QaBot.Core.Answering.Verification;

/// <summary>
/// Word-level view of a text used by the support test and follow-up carry-over: content words (stop words removed,
/// light English stemming) and numbers normalised so "$1,500" and "1500" compare equal.
/// </summary>
public static partial class Terms
{
    private static readonly HashSet<string> StopWords = new(
        ("a an the and or but nor so yet of in on at to for from by with about as into onto over under between among "
        + "through during before after above below up down out off than then also too very just only even more most "
        + "less least much many some any all each every both either neither no not other such own same few "
        + "is are was were be been being am do does did done doing has have had having will would shall should can could "
        + "may might must this that these those it its it's they them their theirs he him his she her hers we us our "
        + "you your i me my what which who whom whose when where why how whether if there here said says say according "
        + "while although though because since until unless however including include includes one ones new "
        + "s t according per via amid").Split(' ', StringSplitOptions.RemoveEmptyEntries),
        StringComparer.Ordinal);

    /// <summary>Lower-cased word tokens (letters, apostrophes, inner hyphens), numbers excluded.</summary>
    public static IEnumerable<string> Words(string text) =>
        Word().Matches(text).Select(m => m.Value.ToLowerInvariant().Trim('\'', '’', '-'));

    /// <summary>True for a word that carries meaning (not a stop word, at least two letters).</summary>
    public static bool IsContentWord(string lowerWord) => lowerWord.Length >= 2 && !StopWords.Contains(lowerWord);

    /// <summary>Stems of the content words of <paramref name="text"/>.</summary>
    public static HashSet<string> ContentStems(string text) =>
        Words(text).Where(IsContentWord).Select(Stem).ToHashSet(StringComparer.Ordinal);

    /// <summary>A light English stem: plural, past, gerund and possessive endings removed.</summary>
    public static string Stem(string word)
    {
        var w = word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : word;
        if (w.Length > 4 && w.EndsWith("ies", StringComparison.Ordinal)) return w[..^3] + "y";
        if (w.Length > 5 && w.EndsWith("ing", StringComparison.Ordinal)) return w[..^3];
        if (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal)) return w[..^2];
        if (w.Length > 4 && w.EndsWith("es", StringComparison.Ordinal) && "sxz".Contains(w[^3], StringComparison.Ordinal)) return w[..^2];
        if (w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal)) return w[..^1];
        return w;
    }

    /// <summary>Numbers in <paramref name="text"/>, normalised: thousands separators removed, decimal comma/point unified, trailing zeros dropped.</summary>
    public static HashSet<string> Numbers(string text) =>
        Number().Matches(text).Select(m => NormaliseNumber(m.Value)).ToHashSet(StringComparer.Ordinal);

    /// <summary>Normalises one number token ("1,500" → "1500", "2.50" → "2.5", "3,5" → "3.5").</summary>
    public static string NormaliseNumber(string token)
    {
        var t = ThousandsSeparator().Replace(token, "");
        t = t.Replace(',', '.');
        if (t.Contains('.', StringComparison.Ordinal))
        {
            t = t.TrimEnd('0').TrimEnd('.');
        }

        return t.Length == 0 ? "0" : t;
    }

    /// <summary>True when the letters of <paramref name="text"/> are mostly Latin script (the articles' script).</summary>
    public static bool IsMostlyLatin(string text)
    {
        int latin = 0, other = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                if (c < 0x0250 || (c >= 0x1E00 && c < 0x1F00)) latin++;
                else other++;
            }
        }

        return latin >= other;
    }

    [GeneratedRegex(@"\p{L}[\p{L}\p{Mn}'’\-]*")]
    private static partial Regex Word();

    [GeneratedRegex(@"\d+(?:[.,]\d+)*")]
    private static partial Regex Number();

    [GeneratedRegex(@"(?<=\d)[,\u202F\u00A0](?=\d{3}(?!\d))")]
    private static partial Regex ThousandsSeparator();
}
