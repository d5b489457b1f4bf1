namespace QaBot.Core.Evaluation;

/// <summary>
/// The one definition of "a passage supports a sentence", shared by the eval metrics and by answer checking.
/// A passage supports a sentence (its <c>[n]</c> markers removed) when, after <see cref="FactMatcher.Tokenize"/>
/// normalisation, either the sentence appears verbatim in the passage (the extractive case), or
/// (a) every number in the sentence appears in the passage (no invented figures or dates) and
/// (b) at least <see cref="MinimumOverlap"/> of the sentence's content words (not stop words) appear in the passage.
/// </summary>
public static class CitationSupport
{
    /// <summary>The share of a sentence's content words that must appear in the cited passage.</summary>
    public const double MinimumOverlap = 0.6;

    /// <summary>True when <paramref name="passage"/> supports <paramref name="sentence"/> (see the type's summary).</summary>
    public static bool Supports(string sentence, string passage) => Check(sentence, passage).Supported;

    /// <summary>The verdict with its overlap score and, when unsupported, the reason in a few words.</summary>
    public static SupportCheck Check(string sentence, string passage)
    {
        var sentenceTokens = FactMatcher.Tokenize(CitedSentence.StripMarkers(sentence));
        var passageTokens = FactMatcher.Tokenize(passage);
        if (sentenceTokens.Count == 0)
        {
            return new SupportCheck(true, 1, null);
        }

        if (FactMatcher.Matches(passageTokens, string.Join(' ', sentenceTokens)))
        {
            return new SupportCheck(true, 1, null);
        }

        var inPassage = passageTokens.ToHashSet(StringComparer.Ordinal);
        var missingNumber = sentenceTokens.FirstOrDefault(t => char.IsAsciiDigit(t[0]) && !inPassage.Contains(t));
        var content = sentenceTokens.Where(t => !StopWords.Contains(t)).Distinct().ToList();
        var overlap = content.Count == 0 ? 1 : content.Count(inPassage.Contains) / (double)content.Count;
        if (missingNumber is not null)
        {
            return new SupportCheck(false, overlap, $"number {missingNumber} is not in the passage");
        }

        return overlap >= MinimumOverlap
            ? new SupportCheck(true, overlap, null)
            : new SupportCheck(false, overlap, $"only {overlap:P0} of its words are in the passage");
    }

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "by", "with", "as", "is",
        "are", "was", "were", "be", "been", "being", "has", "have", "had", "it", "its", "this", "that", "these",
        "those", "he", "she", "they", "them", "his", "her", "their", "we", "our", "you", "your", "i", "not", "no",
        "which", "who", "whom", "what", "when", "where", "how", "than", "then", "so", "such", "also", "will", "would",
        "can", "could", "should", "may", "might", "do", "does", "did", "said", "says", "according", "s",
        "и", "в", "во", "на", "с", "со", "по", "к", "ко", "о", "об", "от", "до", "из", "за", "для", "что", "как",
        "это", "не", "но", "а", "или", "он", "она", "они", "его", "ее", "их", "был", "была", "были", "быть",
    };
}

/// <summary>Whether a passage supports a sentence, the share of content words found, and why not.</summary>
public sealed record SupportCheck(bool Supported, double Overlap, string? Reason);
