using QaBot.Core.Retrieval;

namespace QaBot.Core.Answering;

/// <summary>
/// Offline follow-up handling: when a question leans on the previous turn ("and in 2021?", "what did he say about it?"),
/// the previous user question's content words are carried over into the search query.
/// </summary>
public static class FollowUpRewriter
{
    private static readonly string[] Openers = ["and ", "what about ", "how about ", "and what", "also ", "then ", "а ", "и ", "а что", "что насчет"];
    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal) { "it", "they", "them", "he", "she", "him", "her", "that", "this", "those", "these", "there", "its", "their", "his" };

    /// <summary>A standalone search query for <paramref name="question"/>.</summary>
    public static string Rewrite(Question question)
    {
        var previous = question.Turns.LastOrDefault(t => t.Role == "user")?.Content;
        if (string.IsNullOrWhiteSpace(previous) || !IsFollowUp(question.Text))
        {
            return question.Text;
        }

        var current = QueryTerms.ContentWords(question.Text);
        var carried = QueryTerms.ContentWords(previous).Where(w => !current.Contains(w) && !w.All(char.IsDigit));
        return $"{question.Text.Trim()} {string.Join(' ', carried)}".Trim();
    }

    /// <summary>True when the question cannot stand alone.</summary>
    public static bool IsFollowUp(string text)
    {
        var lower = text.Trim().ToLowerInvariant();
        var words = QueryTerms.Words(lower);
        return Openers.Any(lower.StartsWith)
            || QueryTerms.ContentWords(lower).Count <= 2
            || words.Any(Pronouns.Contains) && QueryTerms.ContentWords(lower).Count <= 4;
    }
}
