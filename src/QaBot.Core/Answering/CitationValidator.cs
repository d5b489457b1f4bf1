using QaBot.Core.Answering.Verification;
using QaBot.Core.Retrieval;

namespace QaBot.Core.Answering;

/// <summary>
/// Checks that every <c>[n]</c> in an answer points to a citation, that the citation is a retrieved passage, and that
/// a retrieved passage of the cited article contains the cited sentence (whitespace-insensitive; for a quoted photo
/// caption, the caption, <see cref="Reading.PhotoCaption.Quote"/>) and the quote. A
/// citation stands for its article: two passages of one article are one source. Returns the problems found.
/// </summary>
public static class CitationValidator
{
    /// <summary>Problems with <paramref name="draft"/>'s citations; empty when every marker is valid.</summary>
    public static IReadOnlyList<string> Validate(AnswerDraft draft, IReadOnlyList<RetrievedChunk> retrieved)
    {
        var problems = new List<string>();
        var passages = retrieved.ToDictionary(r => r.Chunk.Id, r => Normalize(r.Chunk.Text), StringComparer.Ordinal);
        var articles = retrieved.GroupBy(r => r.Chunk.ArticleId).ToDictionary(g => g.Key, g => g.Select(r => passages[r.Chunk.Id]).ToList(), StringComparer.Ordinal);
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
                else if (!articles[citation.ArticleId].Any(p => p.Contains(Normalize(Reading.PhotoCaption.Unquote(sentence)), StringComparison.Ordinal)))
                {
                    problems.Add($"[{n}] does not contain the sentence \"{Shorten(sentence)}\"");
                }
            }
        }

        foreach (var citation in draft.Citations)
        {
            if (passages.ContainsKey(citation.ChunkId)
                && citation.Quote.Split(" … ").Any(q => !articles[citation.ArticleId].Any(p => p.Contains(Normalize(q), StringComparison.Ordinal))))
            {
                problems.Add($"[{citation.N}] quote is not in its passage");
            }
        }

        return problems;
    }

    /// <summary>
    /// The cited pieces of an answer: for each group of markers, the text between the previous group and it
    /// (leading punctuation trimmed; a line before it, such as a date heading, is not part of it), with the numbers of
    /// the group. "A [1]. B [2, 3]." → ("A", [1]), ("B", [2, 3]).
    /// </summary>
    public static IReadOnlyList<(string Sentence, IReadOnlyList<int> Numbers)> CitedSentences(string text)
    {
        var result = new List<(string, IReadOnlyList<int>)>();
        var previousEnd = 0;
        foreach (var (start, end) in CitationMarkers.Locate(text))
        {
            var piece = text[previousEnd..start].TrimEnd();
            piece = piece[(piece.LastIndexOf('\n') + 1)..].TrimStart(' ', '.', ',', ';', ':', '!', '?', '\r', '\t');
            if (piece.Length > 0)
            {
                result.Add((piece, CitationMarkers.Parse(text[start..end])));
            }
            else if (result.Count > 0)
            {
                // "[1][2]" cites the same piece twice.
                var last = result[^1];
                result[^1] = (last.Item1, [.. last.Item2, .. CitationMarkers.Parse(text[start..end])]);
            }

            previousEnd = end;
        }

        return result;
    }

    private static string Normalize(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Shorten(string s) => s.Length <= 60 ? s : s[..57] + "...";
}
