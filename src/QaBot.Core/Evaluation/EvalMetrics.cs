using QaBot.Core.Answering;
using QaBot.Core.Answering.Verification;

namespace QaBot.Core.Evaluation;

/// <summary>
/// Measures one answer against its eval question: retrieval (hit@k, recall@k, reciprocal rank at article level,
/// whether the top-k chunks contain the expected facts), fact recall, whether the first sentence holds a fact, citation precision and validity, abstention,
/// length and latency. Aggregation lives in <see cref="EvalSummary.From"/>.
/// </summary>
public static class EvalMetrics
{
    /// <summary>
    /// Scores <paramref name="answer"/> to <paramref name="question"/> with retrieval cut at <paramref name="k"/> chunks;
    /// citations are judged by <see cref="SupportTest"/> at <paramref name="minSupport"/> (<c>Llm:MinSupport</c>).
    /// </summary>
    public static QuestionMetrics Score(EvalQuestion question, Answer answer, int k, double minSupport = SupportTest.DefaultMinSupport)
    {
        var ranking = new RetrievalRanking(answer.Retrieved, k);
        var expected = question.Sources;
        var scoreRetrieval = question.Answerable && expected.Count > 0;
        var ranks = expected.Select(ranking.RankOf).Where(r => r is not null).Select(r => r!.Value).ToList();

        var answerText = CitedSentence.StripMarkers(answer.Text);
        var answerTokens = FactMatcher.Tokenize(answerText);
        var missing = question.Facts.Where(f => answer.Abstained || !FactMatcher.Matches(answerTokens, f)).ToList();
        var contextTokens = FactMatcher.Tokenize(string.Join("\n", ranking.TopK.Select(r => r.Chunk.Text)));
        var factsInContext = question.Facts.Count(f => FactMatcher.Matches(contextTokens, f));

        var citedSources = answer.Abstained ? [] : answer.Citations.Select(c => c.ArticleId).Distinct().ToList();
        var unexpected = citedSources.Where(s => !expected.Contains(s, StringComparer.OrdinalIgnoreCase)).ToList();
        var sentences = answer.Abstained ? [] : CitedSentence.Parse(answer.Text);
        var checks = CheckCitations(sentences, answer, minSupport);

        return new QuestionMetrics(
            HitAtK: scoreRetrieval ? ranks.Count > 0 : null,
            RecallAtK: scoreRetrieval ? ranks.Count / (double)expected.Count : null,
            ReciprocalRank: scoreRetrieval ? (ranks.Count > 0 ? 1.0 / ranks.Min() : 0) : null,
            FirstRelevantRank: ranks.Count > 0 ? ranks.Min() : null,
            RetrievedFactRecall: question.Answerable && question.Facts.Count > 0 ? factsInContext / (double)question.Facts.Count : null,
            FactRecall: question.Answerable && question.Facts.Count > 0 ? 1 - (missing.Count / (double)question.Facts.Count) : null,
            LeadHoldsFact: question.Answerable && question.Facts.Count > 0 && sentences.Count > 0
                ? question.Facts.Any(f => FactMatcher.Matches(FactMatcher.Tokenize(sentences[0].Text), f)) : null,
            MissingFacts: question.Answerable ? missing : [],
            CitationPrecision: question.Answerable && expected.Count > 0 && citedSources.Count > 0
                ? 1 - (unexpected.Count / (double)citedSources.Count) : null,
            UnexpectedCitedSources: question.Answerable && expected.Count > 0 ? unexpected : [],
            CitationValidity: checks.Count > 0 ? checks.Count(c => c.Valid) / (double)checks.Count : null,
            CitationChecks: checks,
            UncitedSentences: sentences.Count(s => s.Markers.Count == 0 && s.Text.Any(char.IsLetterOrDigit)),
            Abstained: answer.Abstained,
            AnswerChars: answerText.Length,
            AnswerWords: answerText.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length,
            RetrievalMs: answer.Timings.RetrievalMs,
            GenerationMs: answer.Timings.GenerationMs,
            TotalMs: answer.Timings.TotalMs,
            ForbiddenFound: question.Forbidden.Where(f => FactMatcher.Matches(answerTokens, f)).ToList(),
            TopKSources: ranking.Articles);
    }

    /// <summary>
    /// Checks every <c>[n]</c> of every sentence: the citation exists, its chunk was retrieved, and — by the same
    /// <see cref="SupportTest.OfCitations"/> rule the answer checker enforces — the chunk supports the sentence.
    /// </summary>
    public static IReadOnlyList<CitationCheck> CheckCitations(
        IReadOnlyList<CitedSentence> sentences, Answer answer, double minSupport = SupportTest.DefaultMinSupport)
    {
        var checks = new List<CitationCheck>();
        for (var i = 0; i < sentences.Count; i++)
        {
            var (sentence, markers) = (sentences[i].Text, sentences[i].Markers);
            var own = new List<CitationCheck>();
            var resolved = new List<(int N, PassageTerms Passage)>();
            foreach (var n in markers)
            {
                var citation = answer.Citations.FirstOrDefault(c => c.N == n);
                var chunk = citation is null ? null : answer.Retrieved.FirstOrDefault(r => r.Chunk.Id == citation.ChunkId)?.Chunk;
                if (citation is null)
                {
                    own.Add(new CitationCheck(n, i, sentence, false, $"[{n}] has no matching source", 0));
                }
                else if (chunk is null)
                {
                    own.Add(new CitationCheck(n, i, sentence, false, $"[{n}] cites {citation.ChunkId}, which was not retrieved", 0));
                }
                else
                {
                    // A citation stands for its article: every retrieved passage of it may back the sentence.
                    var article = answer.Retrieved.Where(r => r.Chunk.ArticleId == chunk.ArticleId).Select(r => r.Chunk.Text);
                    resolved.Add((n, new PassageTerms(string.Join("\n", article))));
                }
            }

            var judged = SupportTest.OfCitations(sentence, [.. resolved.Select(r => r.Passage)], minSupport);
            for (var j = 0; j < resolved.Count; j++)
            {
                var (n, test) = (resolved[j].N, judged.Tests[j]);
                var valid = judged.Supporting.Contains(j);
                var reason = valid ? null
                    : $"[{n}] does not support its sentence: {test.Problem(minSupport) ?? "other cited passages back it, this one barely contributes"}";
                own.Add(new CitationCheck(n, i, sentence, valid, reason, test.Overlap));
            }

            checks.AddRange(own.OrderBy(c => markers.ToList().IndexOf(c.N))); // in the order the answer cites them
        }

        return checks;
    }

    /// <summary>The nearest-rank percentile (0..100) of <paramref name="values"/>, or null when there are none.</summary>
    public static double? Percentile(IEnumerable<double> values, double percentile)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
        {
            return null;
        }

        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }
}
