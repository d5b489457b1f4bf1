using System.Collections.Concurrent;
using Microsoft.Extensions.VectorData;
using QaBot.Core.Store;
using QaBot.Core.Text;

namespace QaBot.Core.Retrieval;

/// <summary>
/// Weighs a question's content words by how rare they are among the stored chunks (IDF from full-text match counts),
/// so "Brazil" (in no article) outweighs "Russia" (in every one); a demonym in no chunk counts as its place. Counts are
/// cached until the store changes.
/// </summary>
public sealed class TermWeighter(VectorStoreCollection<string, ChunkRecord> collection)
{
    private readonly ConcurrentDictionary<string, long> _documentFrequency = new(StringComparer.Ordinal);
    private long _cachedTotal = -1;

    /// <summary>How many chunks the store held when a question was last weighed (0 before the first, or without full text).</summary>
    public long StoreChunks => Math.Max(0, Interlocked.Read(ref _cachedTotal));

    /// <summary>The question's content words with IDF weights (a word in no chunk gets the highest weight).</summary>
    public async Task<IReadOnlyList<WeightedTerm>> WeighAsync(string question, CancellationToken ct)
    {
        var words = WordTokens.Content(question);
        if (collection.GetService(typeof(IKeywordSearchable<ChunkRecord>)) is not IKeywordSearchable<ChunkRecord> keywords)
        {
            return words.Select(w => new WeightedTerm(w, Stemmer.Stem(w), 1.0)).ToList();
        }

        var total = await keywords.CountAsync(ct);
        if (Interlocked.Exchange(ref _cachedTotal, total) != total)
        {
            _documentFrequency.Clear();
        }

        var terms = new List<WeightedTerm>(words.Count);
        foreach (var word in words)
        {
            // A demonym no chunk holds weighs as its place: "uzbek" as "Uzbekistan", which the articles say.
            var df = await DocumentFrequencyAsync(keywords, word, ct);
            if (df == 0 && Stemmer.PlaceOfDemonym(word) is { } place)
            {
                df = await DocumentFrequencyAsync(keywords, place, ct);
            }

            var idf = Math.Log((total + 1.0) / (df + 0.5));
            terms.Add(new WeightedTerm(word, Stemmer.Stem(word), Math.Max(0.1, idf), df));
        }

        return terms;
    }

    /// <summary>How many stored chunks hold each of <paramref name="words"/> (as the full-text index sees it); empty without full text.</summary>
    public async Task<IReadOnlyDictionary<string, long>> DocumentFrequenciesAsync(IEnumerable<string> words, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(words);
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        if (collection.GetService(typeof(IKeywordSearchable<ChunkRecord>)) is IKeywordSearchable<ChunkRecord> keywords)
        {
            foreach (var word in words)
            {
                counts[word] = await DocumentFrequencyAsync(keywords, word, ct);
            }
        }

        return counts;
    }

    private async Task<long> DocumentFrequencyAsync(IKeywordSearchable<ChunkRecord> keywords, string word, CancellationToken ct)
    {
        if (!_documentFrequency.TryGetValue(word, out var df))
        {
            df = await keywords.CountKeywordMatchesAsync(word, ct);
            _documentFrequency[word] = df;
        }

        return df;
    }
}
