using System.Text.RegularExpressions;
using QaBot.Core.Text;

namespace QaBot.Core.Evaluation;

/// <summary>
/// Decides whether a text states an expected fact. A fact may list alternatives separated by <c>|</c>
/// ("Uzbekistan|Узбекистан"). Both sides are normalised to lower-case word tokens without accents, currency signs
/// or digit-group separators, and the fact's tokens must appear as a contiguous run in the text:
/// "$228 billion" matches "228", "1,000" matches "1000", "Ёлка" matches "елка", but "228" does not match "2280".
/// English words match their inflections and possessives ("borders" for "border", "invaded" for "invade",
/// "Russia's" for "Russia"; see <see cref="Text.WordForms"/>), never a different word ("university" for "universe").
/// </summary>
public static partial class FactMatcher
{
    /// <summary>True when <paramref name="text"/> contains at least one alternative of <paramref name="fact"/>.</summary>
    public static bool Matches(string text, string fact) => Matches(Tokenize(text), fact);

    /// <summary>Same as <see cref="Matches(string, string)"/> for a text already passed through <see cref="Tokenize"/>.</summary>
    public static bool Matches(IReadOnlyList<string> textTokens, string fact) =>
        Alternatives(fact).Any(alternative => ContainsRun(textTokens, Tokenize(alternative)));

    /// <summary>The alternatives of a fact (<c>"a|b"</c>), trimmed, empty ones dropped.</summary>
    public static IReadOnlyList<string> Alternatives(string fact) =>
        fact.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Normalised tokens of <paramref name="text"/>: folded (<see cref="TextFolding"/>), possessives dropped, numbers with their group separators joined.</summary>
    public static IReadOnlyList<string> Tokenize(string text)
    {
        var joined = DigitGroups().Replace(Possessive().Replace(text, ""), m => GroupSeparator().Replace(m.Value, ""));
        var plain = TextFolding.Fold(joined);
        return TokenPattern().Matches(plain).Select(m => m.Value).ToList();
    }

    private static bool ContainsRun(IReadOnlyList<string> haystack, IReadOnlyList<string> needle)
    {
        if (needle.Count == 0)
        {
            return false;
        }

        for (var start = 0; start + needle.Count <= haystack.Count; start++)
        {
            var i = 0;
            while (i < needle.Count && WordForms.Same(haystack[start + i], needle[i]))
            {
                i++;
            }

            if (i == needle.Count)
            {
                return true;
            }
        }

        return false;
    }

    // "Russia's", "Russia’s" → "Russia": a possessive is the word itself.
    [GeneratedRegex(@"(?<=\p{L})['’]s\b")]
    private static partial Regex Possessive();

    // "1,000,000", "1 000", "1 000" (no-break / thin spaces), "1'000": a 1-3 digit head followed by 3-digit groups.
    [GeneratedRegex(@"(?<![\d.,])\d{1,3}(?:[,\u00A0\u202F\u2009' ]\d{3})+(?![\d])")]
    private static partial Regex DigitGroups();

    [GeneratedRegex(@"[,\u00A0\u202F\u2009' ]")]
    private static partial Regex GroupSeparator();

    // Letters and digits form separate tokens, so "228bn" → "228", "bn" and "20th" → "20", "th".
    [GeneratedRegex(@"\p{L}+|\d+")]
    private static partial Regex TokenPattern();
}
