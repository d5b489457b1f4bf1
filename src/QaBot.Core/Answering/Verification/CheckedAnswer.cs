namespace QaBot.Core.Answering.Verification;

/// <summary>What the checker did to a model's answer, sentence by sentence — the numbers behind its verdict.</summary>
/// <param name="Sentences">Sentences in the model's answer.</param>
/// <param name="Kept">Sentences kept with at least one citation that supports them.</param>
/// <param name="Repointed">Sentences whose citation pointed at the wrong source and was moved to one that supports them.</param>
/// <param name="Added">Uncited sentences that got a citation to a supporting source.</param>
/// <param name="InvalidMarkers">Markers to sources that were never given to the model, removed.</param>
/// <param name="Dropped">Sentences no source supports, removed.</param>
/// <param name="Unverifiable">Sentences kept on the model's citation because nothing in them can be compared (non-Latin script, no numbers).</param>
/// <param name="Statements">Sentences kept without citation: statements that the sources do not cover something, or connective text.</param>
public sealed record CheckStats(int Sentences, int Kept, int Repointed, int Added, int InvalidMarkers, int Dropped, int Unverifiable, int Statements);

/// <summary>The model's answer after checking: text with renumbered <c>[n]</c> markers and the citations they map to.</summary>
/// <param name="Refusal">True when the model said the sources do not contain the answer and cited nothing.</param>
public sealed record CheckedAnswer(string Text, IReadOnlyList<Citation> Citations, bool Refusal, CheckStats Stats)
{
    /// <summary>True when at least one sentence stands with a valid citation.</summary>
    public bool HasCitedContent => Citations.Count > 0 && Stats.Kept + Stats.Unverifiable > 0;
}
