using System.Text.RegularExpressions;

namespace QaBot.Core.Text;

/// <summary>Numbers in a text, normalised so that "$1,500", "1500" and "1 500" compare equal and "2.50" equals "2.5".</summary>
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

    [GeneratedRegex(@"\d+(?:[.,]\d+)*")]
    private static partial Regex Number();

    [GeneratedRegex(@"(?<=\d)[,\u202F\u00A0](?=\d{3}(?!\d))")]
    private static partial Regex ThousandsSeparator();
}
