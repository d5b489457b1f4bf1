using Microsoft.Extensions.Options;
using QaBot.Core.Answering.Reading;
using QaBot.Core.Retrieval;

namespace QaBot.Core.Answering;

/// <summary>The text of an answer with the citations its <c>[n]</c> markers refer to. Empty citations = abstained.</summary>
public sealed record AnswerDraft(string Text, IReadOnlyList<Citation> Citations)
{
    /// <summary>True when the draft says the articles do not contain the answer.</summary>
    public bool Abstained => Citations.Count == 0;
}

/// <summary>
/// The offline answer. The <see cref="SentenceReader"/> scores every quotable sentence of the retrieved passages; when
/// the best one is unlikely to answer the question the answer is "I could not find this in the articles.". Otherwise,
/// by the question's <see cref="AnswerShape"/>: a fact gets its best sentence and any close runner-up; a comparison the
/// best sentence of each relevant article, dated; a summary or "latest" the key sentences of one article, dated. A
/// sentence that leans on the one before it ("He said…") brings that one along.
/// </summary>
public sealed class ExtractiveAnswerer(SentenceReader reader, IOptions<AnsweringOptions> options)
{
    private const int MaxArticles = 4;
    private const int MaxSummarySentences = 5;

    private readonly AnsweringOptions _options = options.Value;

    /// <summary>Builds the answer to <paramref name="question"/> from <paramref name="retrieval"/>.</summary>
    public AnswerDraft Answer(string question, RetrievalResult retrieval)
    {
        var reading = reader.Read(question, retrieval);
        var model = reader.For(retrieval);
        if (reading.Ranked.Count == 0 || reading.AnswerProbability < model.AnswerThreshold)
        {
            return new AnswerDraft(_options.NotFoundText, []);
        }

        var shape = AnswerShapes.Of(question);
        var chosen = shape switch
        {
            AnswerShape.Comparison => OnePerArticle(reading, model),
            AnswerShape.Summary or AnswerShape.Latest => KeySentences(reading, shape),
            _ => [.. SentenceChoice.Best(reading.Ranked, _options.MaxSentences, model.SecondaryShare, model.OtherArticleShare).Select(s => s.Candidate)],
        };
        var dated = shape != AnswerShape.Fact && chosen.Select(c => c.Chunk.ArticleId).Distinct().Count() > 1 || shape is AnswerShape.Latest;
        return AnswerComposer.Compose(WithContext(chosen), dated);
    }

    private static List<CandidateSentence> OnePerArticle(SentenceReading reading, ReaderModel model)
    {
        var best = reading.Ranked[0].Probability;
        return [.. reading.Ranked
            .GroupBy(s => s.Candidate.Chunk.ArticleId)
            .Select(g => g.First())
            .Where(s => s.Probability >= best * model.SecondaryShare / 2)
            .Take(MaxArticles)
            .Select(s => s.Candidate)];
    }

    private static List<CandidateSentence> KeySentences(SentenceReading reading, AnswerShape shape)
    {
        var best = reading.Ranked[0].Probability;
        var relevant = reading.Ranked.GroupBy(s => s.Candidate.Chunk.ArticleId).Select(g => g.First()).Where(s => s.Probability >= best / 2).ToList();
        var article = shape == AnswerShape.Latest
            ? relevant.OrderByDescending(s => s.Candidate.Chunk.Date ?? DateOnly.MinValue).ThenByDescending(s => s.Probability).First().Candidate.Chunk.ArticleId
            : relevant[0].Candidate.Chunk.ArticleId;
        var sentences = reading.Ranked.Where(s => s.Candidate.Chunk.ArticleId == article).ToList();
        var lead = sentences.MinBy(s => s.Candidate.Offset)!;
        var chosen = new List<ScoredSentence> { lead };
        foreach (var s in sentences.OrderByDescending(s => s.Probability + (HasFigureOrQuote(s.Candidate.Text) ? 0.1 : 0)))
        {
            if (chosen.Count >= MaxSummarySentences)
            {
                break;
            }

            if (!chosen.Any(c => SentenceChoice.Redundant(c.Candidate.Text, s.Candidate.Text)))
            {
                chosen.Add(s);
            }
        }

        return [.. chosen.Select(c => c.Candidate)];
    }

    /// <summary>Adds the sentence before each chosen one that leans on it, when it is in the same passage and quotable.</summary>
    private static List<CandidateSentence> WithContext(List<CandidateSentence> chosen)
    {
        var result = new List<CandidateSentence>(chosen);
        foreach (var c in chosen)
        {
            if (c.Previous is { } previous && Readability.LeansOnPrevious(c.Text) && Readability.IsQuotable(previous, c.Chunk.Title)
                && !chosen.Any(o => o.Chunk.ArticleId == c.Chunk.ArticleId && o.Text == previous))
            {
                var offset = c.Chunk.Start + c.Chunk.Text.IndexOf(previous, StringComparison.Ordinal);
                result.Add(new CandidateSentence(previous, c.Chunk, c.Rank, offset, null, null));
            }
        }

        return result;
    }

    private static bool HasFigureOrQuote(string text) => text.Any(char.IsDigit) || text.Contains('“', StringComparison.Ordinal) || text.Contains('"', StringComparison.Ordinal);
}
