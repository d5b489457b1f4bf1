using System.Text.RegularExpressions;
using QaBot.Core.Retrieval;

namespace QaBot.Core.Answering.Reading;

/// <summary>
/// Which of the ranked sentences a fact answer quotes: the best one, then up to <c>max</c> in all of those scoring at
/// least <c>share</c> of the best — a sentence from an article not yet quoted must reach <c>otherArticleShare</c>, since
/// it adds a source — skipping any that mostly repeats one already chosen, and with the sentence that qualifies a
/// chosen one ("However, …") after it.
/// </summary>
public static partial class SentenceChoice
{
    /// <summary>The sentences to quote, best first.</summary>
    public static IReadOnlyList<ScoredSentence> Best(IReadOnlyList<ScoredSentence> ranked, int max, double share, double otherArticleShare)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        if (ranked.Count == 0)
        {
            return [];
        }

        var best = ranked[0];
        var chosen = new List<ScoredSentence> { best };
        foreach (var s in ranked.Skip(1))
        {
            if (chosen.Count >= max || s.Probability < best.Probability * share)
            {
                break;
            }

            var sameArticle = chosen.Any(c => c.Candidate.Chunk.ArticleId == s.Candidate.Chunk.ArticleId);
            if ((sameArticle || s.Probability >= best.Probability * otherArticleShare) && !chosen.Any(c => Redundant(c.Candidate.Text, s.Candidate.Text)))
            {
                chosen.Add(s);
            }
        }

        return WithQualifiers(chosen, ranked, max, best.Probability * share);
    }

    /// <summary>
    /// <paramref name="chosen"/> with the sentence that qualifies a chosen one — the next in its passage, opening with
    /// "However", "But", "Yet"…, scoring at least <paramref name="least"/> as any further sentence must — quoted right
    /// after it: "Lavrov indicated that Xi is anticipated to visit Moscow… However, Beijing has yet to announce the highly
    /// anticipated visit." answers "has china confirmed the trip", and an answer that cuts the qualification off says
    /// more than its source. It takes the place of the last sentence from another article when the answer is full.
    /// </summary>
    private static List<ScoredSentence> WithQualifiers(List<ScoredSentence> chosen, IReadOnlyList<ScoredSentence> ranked, int max, double least)
    {
        for (var i = 0; i < chosen.Count; i++)
        {
            var claim = chosen[i].Candidate;
            var next = ranked.FirstOrDefault(s => Follows(s.Candidate, claim) && Qualifier().IsMatch(s.Candidate.Text) && s.Probability >= least)
                ?? (i == 0 ? ContinuationOf(claim, ranked) : null);
            if (next is null || chosen.Contains(next))
            {
                continue;
            }

            if (chosen.Count >= max)
            {
                // The lead stays; the last sentence of another article makes room.
                var other = chosen.FindLastIndex(s => s.Candidate.Chunk.ArticleId != claim.Chunk.ArticleId);
                if (other <= 0)
                {
                    continue;
                }

                chosen.RemoveAt(other);
                i -= other < i ? 1 : 0;
            }

            chosen.Insert(i + 1, next);
        }

        return chosen;
    }

    [GeneratedRegex(@"^(?:However|But|Yet|Still|Nevertheless|Nonetheless|Though|Although)\b")]
    private static partial Regex Qualifier();

    /// <summary>
    /// The sentence of <paramref name="ranked"/> right after <paramref name="claim"/> in its passage that goes on about what
    /// the claim named (<see cref="Continuation"/>: "Such a trip will…"), or null.
    /// </summary>
    public static ScoredSentence? ContinuationOf(CandidateSentence claim, IEnumerable<ScoredSentence> ranked)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(ranked);
        return ranked.FirstOrDefault(s => Follows(s.Candidate, claim) && Continuation().IsMatch(s.Candidate.Text));
    }

    /// <summary>
    /// True when <paramref name="sentence"/> comes right after <paramref name="claim"/> in the article, in its passage or
    /// opening the next one — also when passages overlap, so that the claim read in one passage is the one before the
    /// sentence in the next.
    /// </summary>
    internal static bool Follows(CandidateSentence sentence, CandidateSentence claim) =>
        sentence.Chunk.ArticleId == claim.Chunk.ArticleId && sentence.Previous == claim.Text && claim.Offset < sentence.Offset;

    /// <summary>
    /// A sentence that goes on about what the one before named, by a demonstrative and a noun: "Such a trip will
    /// demonstrate to the world the strength of Russian-Chinese ties…" after "The Russian leader said he expected Xi to
    /// visit Moscow in the spring"; or by "The" and a word for something said or done ("The term marked a break from
    /// China's usual references…" after "…CCTV described the events in Ukraine as a crisis"); or by what it refers to
    /// ("It refers to a telephone conversation between Putin and Xi…" after a statement's words).
    /// </summary>
    [GeneratedRegex(@"^(?:It\s+refers\s+to|(?:Such an?|This|That|These|Those)\s+\p{Ll}+|The\s+(?:term|word|words|phrase|wording|move|change|shift|step|decision|remarks?|statement|comments?|announcement))\s+(?!of\b)\p{Ll}")]
    private static partial Regex Continuation();

    /// <summary>True when two sentences share most of their content words.</summary>
    public static bool Redundant(string a, string b)
    {
        var wa = PassageWords.Of(a).Stems;
        var wb = PassageWords.Of(b).Stems;
        return wa.Intersect(wb).Count() >= 0.6 * Math.Min(wa.Count, wb.Count);
    }
}
