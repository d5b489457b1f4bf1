namespace QaBot.Core.Retrieval;

/// <summary>A content word of the question with its informativeness (IDF over the stored chunks).</summary>
public sealed record WeightedTerm(string Word, string Stem, double Weight)
{
    /// <summary>Numbers and years must match exactly; no soft matching for them.</summary>
    public bool IsNumber { get; } = Word.All(char.IsDigit);
}
