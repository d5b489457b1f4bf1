namespace QaBot.Core.Retrieval;

/// <summary>A content word of the question with its informativeness (IDF over the stored chunks).</summary>
/// <param name="DocumentFrequency">Chunks containing the word (stemmed); -1 when unknown (a store that cannot count).</param>
public sealed record WeightedTerm(string Word, string Stem, double Weight, long DocumentFrequency = -1)
{
    /// <summary>Numbers and years must match exactly; no soft matching for them.</summary>
    public bool IsNumber { get; } = Word.All(char.IsDigit);
}
