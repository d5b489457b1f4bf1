using System.Globalization;
using System.Text;

namespace QaBot.Core.Retrieval;

/// <summary>
/// Turns text into the content words retrieval and answering compare: lowercased, accents folded, stop words dropped,
/// a light English suffix stem so "invaded"/"invades" meet. Numbers are kept ("2023", "228").
/// </summary>
public static class QueryTerms
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for", "with", "about", "as",
        "from", "into", "over", "after", "before", "between", "during", "than", "then", "so", "too", "very", "not",
        "no", "nor", "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "done", "have",
        "has", "had", "having", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "it",
        "its", "this", "that", "these", "those", "there", "here", "he", "she", "they", "them", "his", "her", "their",
        "theirs", "we", "us", "our", "you", "your", "i", "me", "my", "what", "which", "who", "whom", "whose", "when",
        "where", "why", "how", "all", "any", "both", "each", "few", "more", "most", "other", "some", "such", "only",
        "own", "same", "just", "also", "up", "down", "out", "off", "again", "further", "once", "tell", "say", "said",
        "says", "according", "article", "articles", "please", "know", "much", "many", "s", "t", "mr", "mrs",
        "и", "в", "во", "не", "что", "он", "на", "я", "с", "со", "как", "а", "то", "все", "она", "так", "его", "но",
        "да", "ты", "к", "у", "же", "вы", "за", "бы", "по", "только", "ее", "мне", "было", "вот", "от", "меня", "о",
        "из", "ему", "теперь", "когда", "ли", "если", "уже", "или", "ни", "быть", "был", "него", "до", "вас", "нибудь",
        "какой", "какая", "какие", "каким", "кто", "где", "почему", "сколько", "ли", "это", "этот", "эта", "между",
    };

    /// <summary>Lowercase, accent-folded word tokens (letters and digits), in order, stop words included.</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var ch in Fold(text))
        {
            if (char.IsLetterOrDigit(ch))
            {
                current.Append(char.ToLowerInvariant(ch));
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }

    /// <summary>Distinct content words (stop words removed), in first-seen order.</summary>
    public static IReadOnlyList<string> ContentWords(string text)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<string>();
        foreach (var word in Words(text))
        {
            if (IsContent(word) && seen.Add(word))
            {
                result.Add(word);
            }
        }

        return result;
    }

    /// <summary>True for words that carry meaning (not a stop word, not a lone letter).</summary>
    public static bool IsContent(string word) => word.Length > 1 && !StopWords.Contains(word) || word.All(char.IsDigit);

    /// <summary>A light English stem: enough for plural, past tense and -ing forms to meet.</summary>
    public static string Stem(string word)
    {
        if (word.Length <= 4 || !word.All(c => c is >= 'a' and <= 'z'))
        {
            return word;
        }

        foreach (var suffix in (ReadOnlySpan<string>)["ations", "ation", "ings", "ing", "ies", "ied", "ed", "es", "ly", "s"])
        {
            if (word.EndsWith(suffix, StringComparison.Ordinal) && word.Length - suffix.Length >= 3)
            {
                var stem = word[..^suffix.Length];
                return suffix is "ies" or "ied" ? stem + "y" : TrimFinalE(stem);
            }
        }

        return TrimFinalE(word);
    }

    /// <summary>"describe" and "describ(ed)" meet once a final e is dropped.</summary>
    private static string TrimFinalE(string stem) => stem.Length > 4 && stem[^1] == 'e' ? stem[..^1] : stem;

    private static string Fold(string text)
    {
        var normalized = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(normalized.Length);
        foreach (var ch in normalized)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(ch);
            }
        }

        return sb.ToString().Normalize(NormalizationForm.FormC).Replace('ё', 'е');
    }
}
