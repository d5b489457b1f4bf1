using QaBot.Core.Retrieval;

namespace QaBot.Core.Answering;

/// <summary>
/// Checks that every <c>[n]</c> in an answer points to a citation, that the citation is a retrieved passage, and that
/// the passage contains the cited sentence (whitespace-insensitive) and the quote. Returns the problems found.
/// </summary>
public static class CitationValidator
{
    /// <summary>Problems with <paramref name="draft"/>'s citations; empty when every marker is valid.</summary>
    public static IReadOnlyList<string> Validate(AnswerDraft draft, IReadOnlyList<RetrievedChunk> retrieved)
    {
        var problems = new List<string>();
        var passages = retrieved.ToDictionary(r => r.Chunk.Id, r => Normalize(r.Chunk.Text), StringComparer.Ordinal);
        var citations = draft.Citations.ToDictionary(c => c.N);
        foreach (var (sentence, numbers) in CitedSentences(draft.Text))
        {
            foreach (var n in numbers)
            {
                if (!citations.TryGetValue(n, out var citation))
                {
                    problems.Add($"[{n}] has no source");
                }
                else if (!passages.TryGetValue(citation.ChunkId, out var passage))
                {
                    problems.Add($"[{n}] points to {citation.ChunkId}, which was not retrieved");
                }
                else if (!passage.Contains(Normalize(sentence), StringComparison.Ordinal))
                {
                    problems.Add($"[{n}] does not contain the sentence \"{Shorten(sentence)}\"");
                }
            }
        }

        foreach (var citation in draft.Citations)
        {
            if (passages.TryGetValue(citation.ChunkId, out var passage)
                && citation.Quote.Split(" … ").Any(q => !passage.Contains(Normalize(q), StringComparison.Ordinal)))
            {
                problems.Add($"[{citation.N}] quote is not in its passage");
            }
        }

        return problems;
    }

    /// <summary>Splits an answer into sentences, each with the citation numbers that follow or close it.</summary>
    public static IReadOnlyList<(string Sentence, IReadOnlyList<int> Numbers)> CitedSentences(string text)
    {
        var result = new List<(string, IReadOnlyList<int>)>();
        foreach (var (start, end) in Chunking.SentenceSplitter.Split(text))
        {
            var raw = text[start..end];
            var numbers = CitationMarkers.Parse(raw);
            if (numbers.Count > 0)
            {
                result.Add((CitationMarkers.Strip(raw), numbers));
            }
        }

        return result;
    }

    private static string Normalize(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Shorten(string s) => s.Length <= 60 ? s : s[..57] + "...";
}
