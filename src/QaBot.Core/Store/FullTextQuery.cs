using System.Text;

namespace QaBot.Core.Store;

/// <summary>
/// Builds a safe FTS5 MATCH expression from user text. The text is split into words (letters and digits; so
/// <c>$228</c> → <c>228</c>, <c>U.S.</c> → <c>u</c>, <c>s</c>), common English stopwords are dropped (unless nothing would be
/// left), each word is double-quoted (so <c>NEAR</c>, <c>AND</c>, <c>*</c>, <c>-</c>, <c>:</c> and quotes are plain text)
/// and the words are OR-ed: BM25 then ranks passages matching more, and rarer, words higher.
/// </summary>
public static class FullTextQuery
{
    private const int MaxTerms = 64;

    private static readonly HashSet<string> Stopwords = new(StringComparer.Ordinal)
    {
        "a", "about", "after", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "been", "before", "being",
        "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "during", "each", "for", "from",
        "had", "has", "have", "having", "he", "her", "here", "hers", "him", "his", "how", "i", "if", "in", "into", "is",
        "it", "its", "me", "more", "most", "my", "no", "nor", "not", "of", "on", "or", "other", "our", "out", "over",
        "own", "s", "same", "she", "should", "so", "some", "such", "t", "than", "that", "the", "their", "them", "then",
        "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "very", "was", "we",
        "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your",
        "tell", "please", "know", "say", "said",
    };

    /// <summary>The words that would be searched for, lower-cased, in order, without duplicates.</summary>
    public static IReadOnlyList<string> Terms(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var word = new StringBuilder();
        foreach (var rune in (text + " ").EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune) || (word.Length > 0 && Rune.GetUnicodeCategory(rune) == System.Globalization.UnicodeCategory.NonSpacingMark))
            {
                word.Append(rune.ToString());
                continue;
            }

            if (word.Length > 0 && words.Count < MaxTerms)
            {
                var w = word.ToString().ToLowerInvariant();
                if (seen.Add(w))
                {
                    words.Add(w);
                }
            }

            word.Clear();
        }

        var content = words.Where(w => !Stopwords.Contains(w)).ToList();
        return content.Count > 0 ? content : words;
    }

    /// <summary>The MATCH expression (<c>"trade" OR "volume" OR "2023"</c>), or null when the text has no words.</summary>
    public static string? Build(string text)
    {
        var terms = Terms(text);
        return terms.Count == 0 ? null : string.Join(" OR ", terms.Select(t => "\"" + t.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
    }
}
