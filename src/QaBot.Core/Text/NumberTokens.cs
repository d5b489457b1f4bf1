using System.Text.RegularExpressions;

namespace QaBot.Core.Text;

/// <summary>Numbers in a text, normalised so that "$1,500", "1500" and "1 500" compare equal and "2.50" equals "2.5"; and how many a counting word says ("two", "a few", "10th").</summary>
public static partial class NumberTokens
{
    /// <summary>The normalised numbers of <paramref name="text"/>.</summary>
    public static HashSet<string> Of(string text) =>
        Number().Matches(text).Select(m => Normalise(m.Value)).ToHashSet(StringComparer.Ordinal);

    /// <summary>Normalises one number token ("1,500" → "1500", "2.50" → "2.5", "3,5" → "3.5").</summary>
    public static string Normalise(string token)
    {
        var t = ThousandsSeparator().Replace(token, "");
        t = t.Replace(',', '.');
        if (t.Contains('.', StringComparison.Ordinal))
        {
            t = t.TrimEnd('0').TrimEnd('.');
        }

        return t.Length == 0 ? "0" : t;
    }

    /// <summary>"two" → 2, "a" → 1, "several" → 3, "first" → 1, "10th" → 10.</summary>
    public static int CountOf(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var w = word.ToLowerInvariant().TrimEnd('s', 't', 'n', 'd', 'r', 'h');
        if (int.TryParse(w, out var number))
        {
            return number;
        }

        return word.ToLowerInvariant() switch
        {
            "a" or "an" or "one" or "first" => 1,
            "two" or "second" or "couple of" => 2,
            "three" or "third" or "few" or "a few" or "several" => 3,
            "four" or "fourth" => 4,
            "five" or "fifth" => 5,
            "six" or "sixth" => 6,
            "seven" or "seventh" => 7,
            "eight" or "eighth" => 8,
            "nine" or "ninth" => 9,
            "ten" or "tenth" => 10,
            "eleven" => 11,
            _ => 12,
        };
    }

    [GeneratedRegex(@"\d+(?:[.,]\d+)*")]
    private static partial Regex Number();

    [GeneratedRegex(@"(?<=\d)[,\u202F\u00A0](?=\d{3}(?!\d))")]
    private static partial Regex ThousandsSeparator();
}
