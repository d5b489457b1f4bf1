using System.Text.RegularExpressions;

namespace QaBot.Telegram.Corpus;

/// <summary>
/// Turns an article title into a question a person would type, for /start. Titles are often an article's first
/// sentence, cut off; only its subject and verb are used, never the cut-off rest:
/// "Russian President Vladimir Putin and Chinese leader Xi Jinping pledged December 30 to deepen…" →
/// "What do the articles say Russian President Vladimir Putin and Chinese leader Xi Jinping pledged?".
/// A title that fits none of the shapes gives no question rather than an awkward one.
/// </summary>
public static partial class ExampleQuestion
{
    /// <summary>A longer subject would make an example question of more than 16 words.</summary>
    private const int MaxSubjectWords = 10;

    private static readonly HashSet<string> PastTense = new(StringComparer.Ordinal)
    {
        "said", "met", "held", "told", "made", "took", "gave", "saw", "went", "spoke", "wrote", "won", "lost", "sent",
        "led", "began", "broke", "became", "rose", "fell", "paid", "sold", "bought", "brought", "thought", "found",
        "left", "kept", "knew", "ran", "stood", "struck", "sought", "set", "put", "cut", "hit", "let", "shut", "spent",
    };

    private static readonly HashSet<string> Modal = new(StringComparer.Ordinal) { "will", "would", "could", "should", "can", "may", "might", "must" };

    private static readonly HashSet<string> Being = new(StringComparer.Ordinal) { "is", "are", "was", "were", "has", "have", "had" };

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal) { "The", "A", "An", "This", "These", "Those", "Its", "Their", "Our" };

    /// <summary>The question for <paramref name="title"/>, or null when none would read naturally.</summary>
    public static string? From(string title)
    {
        var text = title.Trim();
        var cut = text.EndsWith('…') || text.EndsWith("...", StringComparison.Ordinal);
        var words = Word().Matches(text.TrimEnd('…', '.', ' ')).Select(m => m.Value).ToList();
        if (words.Count < 2)
        {
            return null;
        }

        if (!cut && text.EndsWith('?') && words.Count <= 15)
        {
            return text;
        }

        var commonWords = 0;
        for (var i = 1; i < words.Count && i <= MaxSubjectWords; i++)
        {
            var subject = Subject(words, i);
            var word = words[i];
            if (Being.Contains(word))
            {
                return $"What do the articles say about {subject}?";
            }

            if (Modal.Contains(word) && i + 1 < words.Count && IsLower(words[i + 1]))
            {
                return $"What do the articles say {subject} {word} {words[i + 1]}?";
            }

            if (IsPastTense(word))
            {
                return $"What do the articles say {subject} {word}?";
            }

            if (word == "to" && i <= 4 && i + 1 < words.Count && IsLower(words[i + 1]) && !cut && words.Count <= 14)
            {
                // Headline style: "Xi to break travel drought for meeting with Putin".
                return $"Will {subject} {string.Join(' ', words.Skip(i + 1))}?";
            }

            if (IsLower(word) && !IsLinkWord(word) && ++commonWords > 1)
            {
                break; // "Putin and Xi hold video call": a verb we do not know; do not guess
            }
        }

        return !cut && words.Count <= 10 ? $"What do the articles say about “{text.TrimEnd('.', ' ')}”?" : null;
    }

    private static string Subject(List<string> words, int verbAt)
    {
        var first = words[0];
        // "The leaders", "Relations between …" read in lower case mid-sentence; names keep their capitals.
        var lower = Determiners.Contains(first) || (first.EndsWith('s') && verbAt > 1 && IsLower(words[1]) && !IsAcronym(first));
        return string.Join(' ', [lower ? first.ToLowerInvariant() : first, .. words.Skip(1).Take(verbAt - 1)]);
    }

    private static bool IsPastTense(string word)
        => PastTense.Contains(word) || (word.Length >= 5 && word.EndsWith("ed", StringComparison.Ordinal) && IsLower(word) && !word.EndsWith("eed", StringComparison.Ordinal));

    private static bool IsLinkWord(string word) => word is "and" or "of" or "between" or "in" or "for" or "from" or "with" or "on" or "at" or "de" or "von";

    private static bool IsLower(string word) => word.Length > 0 && char.IsLower(word[0]);

    private static bool IsAcronym(string word) => word.All(c => !char.IsLetter(c) || char.IsUpper(c));

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’\-]*")]
    private static partial Regex Word();
}
