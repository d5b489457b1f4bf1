using QaBot.Core.Embeddings;
using QaBot.Core.Text;

namespace QaBot.Core.Retrieval;

/// <summary>
/// How much of a question a passage covers: the IDF-weighted share of the question's content words found in it.
/// Exact and stem matches count 1; with word vectors a different word counts by its similarity when above the
/// threshold ("commerce" for "trade"). This is the relevance floor's measure and the sentence ranker's main signal.
/// </summary>
public sealed class TermCoverage(WordVectors? vectors, double softMatchThreshold)
{
    /// <summary>Coverage in 0..1 of <paramref name="terms"/> by <paramref name="passage"/>.</summary>
    public double Score(IReadOnlyList<WeightedTerm> terms, string passage) => Score(terms, PassageWords.Of(passage));

    /// <summary>Coverage in 0..1 of <paramref name="terms"/> by already tokenised passage words.</summary>
    public double Score(IReadOnlyList<WeightedTerm> terms, PassageWords passage)
    {
        double total = 0, matched = 0;
        foreach (var term in terms)
        {
            total += term.Weight;
            matched += term.Weight * Match(term, passage);
        }

        return total <= 0 ? 0 : matched / total;
    }

    /// <summary>Match strength in 0..1 of one term against a passage.</summary>
    public double Match(WeightedTerm term, PassageWords passage)
    {
        if (passage.Words.Contains(term.Word) || passage.Stems.Contains(term.Stem))
        {
            return 1;
        }

        if (term.IsNumber || vectors is null)
        {
            return 0;
        }

        double best = 0;
        foreach (var word in passage.Words)
        {
            var similarity = vectors.Similarity(term.Word, word);
            if (similarity > best)
            {
                best = similarity;
            }
        }

        // Scale so that a similarity at the threshold counts little and a near-synonym counts almost fully.
        return best < softMatchThreshold ? 0 : Math.Min(1, 0.5 + (best - softMatchThreshold) / (1 - softMatchThreshold) * 0.5);
    }
}

/// <summary>The content words of a passage and their stems, for fast repeated matching.</summary>
public sealed class PassageWords
{
    private PassageWords(HashSet<string> words, HashSet<string> stems)
    {
        Words = words;
        Stems = stems;
    }

    /// <summary>Distinct content words.</summary>
    public HashSet<string> Words { get; }

    /// <summary>Their stems.</summary>
    public HashSet<string> Stems { get; }

    /// <summary>Tokenises <paramref name="text"/>.</summary>
    public static PassageWords Of(string text)
    {
        var words = new HashSet<string>(WordTokens.Content(text), StringComparer.Ordinal);
        var stems = new HashSet<string>(words.Select(Stemmer.Stem), StringComparer.Ordinal);
        return new PassageWords(words, stems);
    }
}
