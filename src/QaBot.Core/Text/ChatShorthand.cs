using System.Text.RegularExpressions;

namespace QaBot.Core.Text;

/// <summary>
/// Chat shorthand spelt out, so that search and the reader see the words the articles use: "who's japan's pm" → "who's
/// japan's prime minister", "how many ppl", "the us govt", "the ukraine convo", "trade btwn russia n china". Only whole
/// words change, and only ones that are not words of their own in a question about the news ("pm" after a number is
/// the time of day and stays).
/// </summary>
public static partial class ChatShorthand
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ppl"] = "people", ["govt"] = "government", ["gov't"] = "government", ["prez"] = "president", ["pm"] = "prime minister",
        ["secgen"] = "secretary general", ["yr"] = "year", ["yrs"] = "years", ["abt"] = "about", ["bc"] = "because",
        ["b4"] = "before", ["thru"] = "through", ["btwn"] = "between", ["convo"] = "conversation", ["mtg"] = "meeting",
        ["intl"] = "international", ["natl"] = "national", ["econ"] = "economy", ["dept"] = "department", ["approx"] = "approximately",
        ["cuz"] = "because", ["w/"] = "with", ["w/o"] = "without", ["w"] = "with", ["n"] = "and", ["&"] = "and",
    };

    /// <summary><paramref name="text"/> with its chat shorthand spelt out.</summary>
    public static string Expand(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Shorthand().Replace(text, m => Words.TryGetValue(m.Value, out var full) ? full : m.Value);
    }

    /// <summary>A shorthand word between spaces or punctuation; "pm" not after a number ("3 pm"), "n" and "w" only between words.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}'’/&])(?:ppl|govt|gov't|prez|(?<!\d\s*)pm|secgen|yrs?|abt|bc|b4|thru|btwn|convo|mtg|intl|natl|econ|dept|approx|cuz|w/o|w/)(?![\p{L}\p{N}'’/])|(?<=\p{L}\s+)(?:n|w|&)(?=\s+\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex Shorthand();
}
