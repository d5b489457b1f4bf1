using QaBot.Core.Retrieval;

namespace QaBot.Core.Answering.Reading;

/// <summary>
/// Which of the ranked sentences a fact answer quotes: the best one, then up to <c>max</c> in all of those scoring at
/// least <c>share</c> of the best — a sentence from an article not yet quoted must reach <c>otherArticleShare</c>, since
/// it adds a source — skipping any that mostly repeats one already chosen.
/// </summary>
public static class SentenceChoice
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

        return chosen;
    }

    /// <summary>True when two sentences share most of their content words.</summary>
    public static bool Redundant(string a, string b)
    {
        var wa = PassageWords.Of(a).Stems;
        var wb = PassageWords.Of(b).Stems;
        return wa.Intersect(wb).Count() >= 0.6 * Math.Min(wa.Count, wb.Count);
    }
}
