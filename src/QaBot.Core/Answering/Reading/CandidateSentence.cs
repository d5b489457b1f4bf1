using QaBot.Core.Chunking;
using QaBot.Core.Retrieval;

namespace QaBot.Core.Answering.Reading;

/// <summary>
/// A sentence of a retrieved passage that could be quoted: where it is (its chunk, that chunk's retrieval rank, its
/// offset in the article), the sentence before it in the same passage (quoted too when this one leans on it), and its vector.
/// </summary>
public sealed record CandidateSentence(string Text, Chunk Chunk, int Rank, int Offset, string? Previous, float[]? Vector)
{
    /// <summary>True when the sentence only makes sense after the one before it (<see cref="Readability.LeansOnPrevious"/>).</summary>
    public bool LeansOnPrevious { get; } = Readability.LeansOnPrevious(Text);

    /// <summary>
    /// The sentence an answer quotes before this one, because this one leans on it ("He said…" after "Stoltenberg
    /// spoke…"): the one before it in the same passage, when quotable; null otherwise.
    /// </summary>
    public string? QuotedBefore => LeansOnPrevious && Previous is { } previous && Readability.IsQuotable(previous, Chunk.Title) ? previous : null;

    /// <summary>The quotable sentences of <paramref name="retrieval"/>'s passages, each once, best passage first.</summary>
    public static IReadOnlyList<CandidateSentence> From(RetrievalResult retrieval)
    {
        ArgumentNullException.ThrowIfNull(retrieval);
        var seen = new HashSet<(string, int)>();
        var candidates = new List<CandidateSentence>();
        for (var rank = 0; rank < retrieval.Chunks.Count; rank++)
        {
            var chunk = retrieval.Chunks[rank].Chunk;
            string? previous = null;
            foreach (var span in SentenceSplitter.Split(chunk.Text))
            {
                var text = span.Of(chunk.Text).Trim();
                var offset = chunk.Start + span.Start;
                var lineEnd = chunk.Text.IndexOf('\n', span.End);
                var restOfLine = chunk.Text[span.End..(lineEnd < 0 ? chunk.Text.Length : lineEnd)];
                if (seen.Add((chunk.ArticleId, offset)) && Readability.IsQuotable(text, chunk.Title, restOfLine))
                {
                    candidates.Add(new CandidateSentence(text, chunk, rank, offset, previous, retrieval.SentenceVectors.GetValueOrDefault(text)));
                }

                previous = text;
            }
        }

        return candidates;
    }
}
