using System.Numerics.Tensors;
using System.Text.RegularExpressions;
using QaBot.Core.Answering.Reading;

namespace QaBot.Core.Answering;

/// <summary>
/// Which sentences of one article a summary or a "latest" answer quotes: one at a time, the one that weighs most by how
/// likely it answers the question, how central it is to what the article says about the question's topic, and how near
/// the article's lead it stands, with figures and quotes favoured, less its closeness in meaning to those already
/// chosen; at most two from one passage, so the answer spans the article, and none that repeats one chosen; each
/// followed by the sentence that goes on about it, if any (<see cref="SentenceChoice.ContinuationOf"/>).
/// </summary>
public static partial class KeySentenceChoice
{
    /// <summary>How much more a sentence with a figure or a quote weighs than one without.</summary>
    private const double FigureOrQuoteBonus = 1.5;

    /// <summary>
    /// How much a sentence's closeness in meaning to one already chosen counts against it (maximal marginal relevance):
    /// its weight is multiplied by e^(−Lambda × cosine), so a summary says several things, not one thing three ways —
    /// multiplied, not subtracted, so that among sentences about other topics (all weighing little) the one least like
    /// those chosen does not win. Values from 6 to 20 did about the same on the eval set.
    /// </summary>
    private const double Lambda = 10;

    /// <summary>
    /// How much of its closeness to those chosen counts against a sentence that gives an amount none of them gives: news
    /// says its headline again with the figure ("Friendly relations… 'are at an unprecedented level'…, with the Kremlin
    /// boasting that bilateral trade… reached a record $228 billion" after "Relations… are currently 'unprecedented'").
    /// </summary>
    private const double NewAmountOverlap = 0.5;

    /// <summary>The most sentences quoted from one passage.</summary>
    private const int MaxPerPassage = 2;

    /// <summary>
    /// Up to <paramref name="max"/> of <paramref name="sentences"/> (one article's, scored), <paramref name="first"/>
    /// among them when given, and <paramref name="second"/> after it (the best sentence when the article's lead opens,
    /// as it often says the lead's news again in other words, which the diversity penalty would leave out).
    /// <paramref name="wholeArticle"/>: the question asks about the article itself ("gist of the article…"), so
    /// centrality is to all it says, not to the part the question is about, and the opening sentence of each of its
    /// sections (<see cref="CandidateSentence.OpensSection"/>) is chosen after <paramref name="first"/>.
    /// <paramref name="also"/>: sentences chosen after those, before any other (the best of each part a summary is asked about).
    /// </summary>
    public static IReadOnlyList<ScoredSentence> Choose(IReadOnlyList<ScoredSentence> sentences, int max, bool wholeArticle, ScoredSentence? first = null, ScoredSentence? second = null, IEnumerable<ScoredSentence>? also = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        // The article as a whole is told part by part: each section's opening sentence, after the lead, when it has sections.
        var sectionLeads = wholeArticle ? sentences.Where(s => s.Candidate.OpensSection).OrderBy(s => s.Candidate.Offset) : Enumerable.Empty<ScoredSentence>();
        var chosen = new[] { first, second }.OfType<ScoredSentence>().Concat(also ?? []).Concat(sectionLeads).Distinct().Take(Math.Max(1, max)).ToList();
        if (sentences.Count == 0)
        {
            return chosen;
        }

        var weight = Weights(sentences, wholeArticle);
        while (chosen.Count < max)
        {
            var next = sentences
                .Where(s => !chosen.Contains(s) && chosen.Count(c => c.Candidate.Chunk.Id == s.Candidate.Chunk.Id) < MaxPerPassage
                    && !chosen.Any(c => SentenceChoice.Redundant(c.Candidate.Text, s.Candidate.Text)))
                .OrderByDescending(s => weight[s] * Math.Exp(-Lambda * Overlap(s, chosen) * (GivesNewAmount(s, chosen) ? NewAmountOverlap : 1)))
                .FirstOrDefault();
            if (next is null)
            {
                break;
            }

            chosen.Add(next);
        }

        // A sentence that goes on about one chosen follows it ("It refers to a telephone conversation between Putin and
        // Xi…" after a statement's words): without it, the chosen one leaves what it is about unsaid.
        return [.. chosen.SelectMany(c => SentenceChoice.ContinuationOf(c.Candidate, sentences) is { } more && !chosen.Contains(more) ? new[] { c, more } : new[] { c }).Distinct()];
    }

    /// <summary>
    /// Each sentence's weight: its probability, its closeness to the article's centroid (each sentence's vector weighted
    /// by its probability, so a long article's other topics do not pull it, unless <paramref name="wholeArticle"/>) and
    /// its nearness to the article's start, each scaled to 0–1 within the article, summed, and raised for a figure or
    /// quote; unless <paramref name="wholeArticle"/>, scaled by how relevant its passage is (its best sentence's
    /// probability against the article's best), since an article's passages are about one topic each.
    /// </summary>
    public static Dictionary<ScoredSentence, double> Weights(IReadOnlyList<ScoredSentence> sentences, bool wholeArticle)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var top = sentences.Max(s => s.Probability);
        var centroid = Centroid(sentences, wholeArticle);
        var closeness = sentences.ToDictionary(s => s, s => centroid is null || s.Candidate.Vector is null ? 0 : (double)TensorPrimitives.CosineSimilarity(centroid, s.Candidate.Vector));
        double low = closeness.Values.Min(), high = closeness.Values.Max();
        var order = sentences.OrderBy(s => s.Candidate.Offset).Select((s, i) => (s, i)).ToDictionary(x => x.s, x => x.i);
        var passageBest = sentences.GroupBy(s => s.Candidate.Chunk.Id).ToDictionary(g => g.Key, g => g.Max(s => s.Probability), StringComparer.Ordinal);
        return sentences.ToDictionary(s => s, s =>
            (Share(s.Probability, top) + (high > low ? (closeness[s] - low) / (high - low) : 0) + (1 - (order[s] / (double)sentences.Count)))
            * (HasFigureOrQuote(s.Candidate.Text) ? FigureOrQuoteBonus : 1)
            * (wholeArticle ? 1 : Share(passageBest[s.Candidate.Chunk.Id], top)));
    }

    /// <summary>How close in meaning <paramref name="sentence"/> is to the closest of <paramref name="chosen"/> (cosine; 0 without vectors).</summary>
    private static double Overlap(ScoredSentence sentence, IReadOnlyList<ScoredSentence> chosen) =>
        sentence.Candidate.Vector is not { } v ? 0
            : chosen.Where(c => c.Candidate.Vector is not null).Select(c => (double)TensorPrimitives.CosineSimilarity(v, c.Candidate.Vector!)).DefaultIfEmpty(0).Max();

    /// <summary>True when <paramref name="sentence"/> gives an amount and none of <paramref name="chosen"/> does.</summary>
    private static bool GivesNewAmount(ScoredSentence sentence, IReadOnlyList<ScoredSentence> chosen) =>
        Amount().IsMatch(sentence.Candidate.Text) && !chosen.Any(c => Amount().IsMatch(c.Candidate.Text));

    private static double Share(double probability, double top) => top <= 0 ? 0 : probability / top;

    /// <summary>The sum of the sentences' vectors, each weighted by its probability unless <paramref name="even"/>; null without vectors.</summary>
    private static float[]? Centroid(IReadOnlyList<ScoredSentence> sentences, bool even)
    {
        float[]? sum = null;
        foreach (var s in sentences.Where(s => s.Candidate.Vector is not null))
        {
            sum ??= new float[s.Candidate.Vector!.Length];
            TensorPrimitives.MultiplyAdd(s.Candidate.Vector!, even ? 1f : (float)s.Probability, sum, sum);
        }

        return sum;
    }

    private static bool HasFigureOrQuote(string text) => text.Any(char.IsDigit) || text.Contains('“', StringComparison.Ordinal) || text.Contains('"', StringComparison.Ordinal);

    /// <summary>An amount: "$228 billion", "20%", "tens of thousands of troops".</summary>
    [GeneratedRegex(@"[$€£¥]\s?\d|\d\s*(?:%|percent\b|per\s+cent\b)|\b(?:\d[\d,.]*|hundreds|thousands|tens|dozens)\s+(?:of\s+)?(?:billion|million|trillion|thousand|hundred)s?\b|\b(?:hundreds|thousands|tens\s+of\s+thousands|millions|billions)\s+of\b", RegexOptions.IgnoreCase)]
    private static partial Regex Amount();
}
