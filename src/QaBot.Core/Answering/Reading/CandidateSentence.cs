using QaBot.Core.Chunking;
using QaBot.Core.Retrieval;

namespace QaBot.Core.Answering.Reading;

/// <summary>
/// A sentence of a retrieved passage that could be quoted: where it is (its chunk, that chunk's retrieval rank, its
/// offset in the article), the sentence before it (quoted too when this one leans on it) — in the same passage, or for a
/// passage's first sentence the last of the article's passage before it when that one was retrieved too —, and its vector.
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

    /// <summary>The passage <see cref="Previous"/> is in: this sentence's own, or for a passage's first sentence the article's passage before it.</summary>
    public Chunk PreviousChunk { get; init; } = Chunk;

    /// <summary>True when the sentence is a photo caption, which an answer quotes as one (<see cref="PhotoCaption"/>).</summary>
    public bool IsCaption { get; init; }

    /// <summary>True when the sentence is the first under a section title of its article (<see cref="Readability.IsSectionTitle"/>).</summary>
    public bool OpensSection { get; init; }

    /// <summary>True when a paragraph ends with the sentence (its line goes on no further and another follows).</summary>
    public bool EndsParagraph { get; init; }

    /// <summary>The quotable sentences of <paramref name="retrieval"/>'s passages, each once, best passage first.</summary>
    public static IReadOnlyList<CandidateSentence> From(RetrievalResult retrieval)
    {
        ArgumentNullException.ThrowIfNull(retrieval);
        var seen = new HashSet<(string, int)>();
        var candidates = new List<CandidateSentence>();
        var retrieved = retrieval.Chunks.Select(c => c.Chunk).DistinctBy(c => (c.ArticleId, c.Index)).ToDictionary(c => (c.ArticleId, c.Index));
        for (var rank = 0; rank < retrieval.Chunks.Count; rank++)
        {
            var chunk = retrieval.Chunks[rank].Chunk;
            // "He stated that…" opening a passage is read after the last sentence of the passage before, when retrieved.
            var previousChunk = retrieved.GetValueOrDefault((chunk.ArticleId, chunk.Index - 1)) ?? chunk;
            var previous = previousChunk == chunk ? null : LastSentence(previousChunk.Text);
            var afterTitle = false;
            foreach (var span in SentenceSplitter.Split(chunk.Text))
            {
                var text = span.Of(chunk.Text).Trim();
                var offset = chunk.Start + span.Start;
                var lineEnd = chunk.Text.IndexOf('\n', span.End);
                var restOfLine = chunk.Text[span.End..(lineEnd < 0 ? chunk.Text.Length : lineEnd)];
                if (seen.Add((chunk.ArticleId, offset)) && Readability.IsQuotable(text, chunk.Title, restOfLine))
                {
                    candidates.Add(new CandidateSentence(text, chunk, rank, offset, previous, retrieval.SentenceVectors.GetValueOrDefault(text)) { PreviousChunk = previousChunk, OpensSection = afterTitle, EndsParagraph = lineEnd >= 0 && restOfLine.Trim().Length == 0 });
                }

                afterTitle = text.Length > 0 && Readability.IsSectionTitle(text) && restOfLine.Trim().Length == 0;
                (previous, previousChunk) = (text, chunk);
            }
        }

        return candidates;
    }

    private static string? LastSentence(string text) =>
        SentenceSplitter.Split(text) is { Count: > 0 } spans ? spans[^1].Of(text).Trim() : null;
}
