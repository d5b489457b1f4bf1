using Microsoft.Extensions.Options;
using QaBot.Core.Answering.Verification;
using QaBot.Core.Chunking;
using QaBot.Core.Embeddings;
using QaBot.Core.Retrieval;

namespace QaBot.Core.Answering;

/// <summary>The text of an answer with the citations its <c>[n]</c> markers refer to. Empty citations = abstained.</summary>
public sealed record AnswerDraft(string Text, IReadOnlyList<Citation> Citations)
{
    /// <summary>True when the draft says the articles do not contain the answer.</summary>
    public bool Abstained => Citations.Count == 0;
}

/// <summary>
/// The offline answer: picks the retrieved sentences that best cover the question (IDF-weighted term coverage, the
/// passage's retrieval rank, and whether the sentence holds the kind of content asked for: a number, a date…), puts
/// them in reading order and cites each with <c>[n]</c>. Below the relevance floor it abstains.
/// </summary>
public sealed class ExtractiveAnswerer(EmbeddingModel embeddings, IOptions<AnsweringOptions> options, IOptions<RetrievalOptions> retrievalOptions)
{
    private readonly AnsweringOptions _options = options.Value;

    /// <summary>Builds the answer to <paramref name="question"/> from <paramref name="retrieval"/>.</summary>
    public AnswerDraft Answer(string question, RetrievalResult retrieval)
    {
        var (absentNumbers, absentNames) = AbsentTerms.Find(question, retrieval, embeddings.WordVectors);

        // An unknown name is judged by the bar, not by its weight: the rest of the question must be covered well.
        var candidates = ScoreSentences(question, retrieval with { Terms = [.. retrieval.Terms.Where(t => !absentNames.Contains(t.Word))] });
        var floor = absentNames.Count > 0 ? Math.Max(_options.MinSentenceCoverage, _options.MinCoverageWithUnknownName) : _options.MinSentenceCoverage;
        if (absentNumbers.Count > 0 || candidates.Count == 0 || candidates[0].Coverage < floor)
        {
            return new AnswerDraft(_options.NotFoundText, []);
        }

        var best = candidates[0].Score;
        var chosen = new List<Candidate> { candidates[0] };
        foreach (var c in candidates.Skip(1))
        {
            if (chosen.Count >= _options.MaxSentences || c.Score < best * _options.SecondarySentenceRatio)
            {
                break;
            }

            if (c.Coverage >= _options.MinSentenceCoverage && !chosen.Any(s => Redundant(s, c)))
            {
                chosen.Add(c);
            }
        }

        return Compose(chosen);
    }

    private List<Candidate> ScoreSentences(string question, RetrievalResult retrieval)
    {
        var coverage = new TermCoverage(embeddings.WordVectors, retrievalOptions.Value.SoftMatchThreshold);
        var kind = QuestionIntent.Of(question);
        var seen = new HashSet<(string, int)>();
        var candidates = new List<Candidate>();
        for (var rank = 0; rank < retrieval.Chunks.Count; rank++)
        {
            var chunk = retrieval.Chunks[rank].Chunk;
            foreach (var (start, end) in SentenceSplitter.Split(chunk.Text))
            {
                var text = chunk.Text[start..end].Trim();
                if (text.Length < 20 || !seen.Add((chunk.ArticleId, chunk.Start + start)))
                {
                    continue;
                }

                var cover = coverage.Score(retrieval.Terms, text);
                var score = 0.75 * cover
                    + 0.15 * (1.0 - (double)rank / Math.Max(1, retrieval.Chunks.Count))
                    + (QuestionIntent.Satisfies(kind, text) ? 0.15 : 0)
                    - (text.Length > 400 ? 0.05 : 0);
                candidates.Add(new Candidate(chunk, rank, chunk.Start + start, text, cover, score));
            }
        }

        return [.. candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Rank)];
    }

    private static bool Redundant(Candidate a, Candidate b)
    {
        var wa = PassageWords.Of(a.Text).Words;
        var wb = PassageWords.Of(b.Text).Words;
        var overlap = wa.Intersect(wb).Count();
        return overlap >= 0.6 * Math.Min(wa.Count, wb.Count);
    }

    private static AnswerDraft Compose(List<Candidate> chosen)
    {
        // Reading order: the best sentence's article first, then the others by retrieval rank; within an article by position.
        var articleOrder = chosen.Select(c => c.Chunk.ArticleId).Distinct().ToList();
        var ordered = chosen
            .OrderBy(c => articleOrder.IndexOf(c.Chunk.ArticleId))
            .ThenBy(c => c.Offset)
            .ToList();

        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var quotes = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var sentences = new List<string>();
        foreach (var c in ordered)
        {
            if (!numbers.TryGetValue(c.Chunk.Id, out var n))
            {
                n = numbers.Count + 1;
                numbers[c.Chunk.Id] = n;
                quotes[c.Chunk.Id] = [];
            }

            quotes[c.Chunk.Id].Add(c.Text);
            sentences.Add(CitationMarkers.Append(c.Text, n));
        }

        var citations = ordered
            .Select(c => c.Chunk)
            .DistinctBy(c => c.Id)
            .Select(c => new Citation(numbers[c.Id], c.ArticleId, c.Id, c.Title, c.Date, c.Url, string.Join(" … ", quotes[c.Id])))
            .ToList();
        return new AnswerDraft(string.Join(" ", sentences), citations);
    }

    private sealed record Candidate(Chunk Chunk, int Rank, int Offset, string Text, double Coverage, double Score);
}
