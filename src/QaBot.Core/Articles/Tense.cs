using System.Text.RegularExpressions;

namespace QaBot.Core.Articles;

/// <summary>
/// Whether a time expression points ahead of the article's date: the nearest telling word before it (up to eight
/// words back), else after it (up to six words on), decides: "will", "is expected/set/due to", "upcoming" look ahead;
/// "said", "met", "pledged" (a past form) look back. With none, the expression looks back, as most news does.
/// </summary>
internal static partial class Tense
{
    private const int Before = 8;
    private const int After = 6;

    private static readonly HashSet<string> Ahead = new(StringComparer.OrdinalIgnoreCase)
    {
        "will", "shall", "upcoming", "forthcoming", "expected", "expects", "expect", "anticipated", "anticipates", "anticipate",
        "scheduled", "slated", "due", "plan", "plans", "planned", "planning", "would", "intends", "intend", "aims", "aim",
        "hopes", "next", "coming", "soon", "won't",
    };

    private static readonly HashSet<string> Behind = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "told", "met", "spoke", "saw", "was", "were", "had", "did", "held", "took", "began", "made", "gave", "went",
        "came", "sent", "won", "lost", "wrote", "ago", "earlier", "previously", "already", "led", "left", "paid", "ran",
    };

    /// <summary>True when the expression at <c>text[start..end]</c> of the sentence <c>text[sentenceStart..sentenceEnd]</c> looks ahead.</summary>
    public static bool LooksAhead(string text, int sentenceStart, int sentenceEnd, int start, int end)
    {
        var before = Words(text, sentenceStart, start);
        for (var i = before.Count - 1; i >= Math.Max(0, before.Count - Before); i--)
        {
            if (Cue(before, i) is { } ahead)
            {
                return ahead;
            }
        }

        var after = Words(text, end, sentenceEnd);
        for (var i = 0; i < Math.Min(after.Count, After); i++)
        {
            if (Cue(after, i) is { } ahead)
            {
                return ahead;
            }
        }

        return false;
    }

    private static bool? Cue(List<string> words, int i)
    {
        var word = words[i];
        var next = i + 1 < words.Count ? words[i + 1] : "";
        if (word is "set" or "going")
        {
            return next == "to" ? true : word == "set" ? false : null;
        }

        if (Ahead.Contains(word) || word.EndsWith("'ll", StringComparison.Ordinal) || word.EndsWith("’ll", StringComparison.Ordinal))
        {
            return true;
        }

        return Behind.Contains(word) || (word.Length >= 5 && word.EndsWith("ed", StringComparison.Ordinal) && word.All(char.IsLower)) ? false : null;
    }

    private static List<string> Words(string text, int start, int end) =>
        [.. Word().Matches(text[start..end]).Select(m => m.Value)];

    [GeneratedRegex(@"[\p{L}'’]+")]
    private static partial Regex Word();
}
