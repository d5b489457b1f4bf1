using QaBot.Core.Text;

namespace QaBot.Core.Store;

/// <summary>
/// Builds a safe FTS5 MATCH expression from user text. The text is cut into words by <see cref="WordTokens"/> (the
/// same cuts the index's unicode61 tokenizer makes: <c>$228</c> → <c>228</c>, <c>U.S.</c> → <c>u</c>, <c>s</c>),
/// <see cref="StopWords"/> are dropped (unless nothing would be left), each word is double-quoted (so <c>NEAR</c>,
/// <c>AND</c>, <c>*</c>, <c>-</c>, <c>:</c> and quotes are plain text) and the words are OR-ed: BM25 then ranks passages
/// matching more, and rarer, words higher; a small number is searched as figure and word ("7" or "seven"). Words are
/// sent unstemmed and unfolded: the index's porter tokenizer stems
/// and folds the query exactly as it did the text.
/// </summary>
public static class FullTextQuery
{
    private const int MaxTerms = 64;

    /// <summary>The words that would be searched for, lower-cased, in order, without duplicates.</summary>
    public static IReadOnlyList<string> Terms(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = WordTokens.Unfolded(text).Distinct(StringComparer.Ordinal).Take(MaxTerms).ToList();
        var content = words.Where(w => !StopWords.Contains(TextFolding.Fold(w))).ToList();
        if (content.Count == 0)
        {
            return words;
        }

        // A number is searched in its other spelling too, when the question has words besides numbers ("whats 2+2" does not).
        return content.Any(w => Other(w) is null)
            ? [.. content.SelectMany(w => Other(w) is { } other ? [w, other] : new[] { w }).Distinct(StringComparer.Ordinal).Take(MaxTerms)]
            : content;
    }

    /// <summary>"7" → "seven", "Seven" → "7"; null for a word that is no small number.</summary>
    private static string? Other(string word) => Stemmer.NumberWord(word) ?? Stemmer.Figure(word.ToLowerInvariant());

    /// <summary>The MATCH expression (<c>"trade" OR "volume" OR "2023"</c>), or null when the text has no words.</summary>
    public static string? Build(string text) => Build(Terms(text));

    /// <summary>The MATCH expression OR-ing already extracted <paramref name="terms"/>, or null when there are none.</summary>
    public static string? Build(IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        return terms.Count == 0 ? null : string.Join(" OR ", terms.Select(t => "\"" + t.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
    }
}
