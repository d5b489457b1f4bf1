using System.Text.RegularExpressions;
using QaBot.Core.Answering.Verification;
using QaBot.Core.Chunking;

namespace QaBot.Core.Evaluation;

/// <summary>
/// One sentence of an answer with the <c>[n]</c> markers attached to it, cut the way <see cref="CitationChecker"/> cuts a
/// model's answer (<see cref="SentenceSplitter.SplitLines"/>, <see cref="CitationMarkers"/>): markers right after a
/// sentence's final punctuation (<c>"… in 2023.[1] Next …"</c>) belong to that sentence; <c>[1, 2]</c>, <c>[1][2]</c> and <c>[1-2]</c>
/// all give 1 and 2. Lines that start with a marker (<c>"[1] Title, 2024-02-08"</c>) are a sources list, not claims,
/// and are skipped, as are date headings on a line of their own (<c>"December 15, 2021:"</c>).
/// </summary>
/// <param name="Text">The sentence without its markers, whitespace collapsed.</param>
/// <param name="Markers">The citation numbers in order of appearance, duplicates removed.</param>
public sealed partial record CitedSentence(string Text, IReadOnlyList<int> Markers)
{
    /// <summary>Splits <paramref name="answer"/> into sentences and their markers.</summary>
    public static IReadOnlyList<CitedSentence> Parse(string answer)
    {
        var claims = string.Join('\n', answer.Split('\n').Where(line => !SourceLine().IsMatch(line) && !DateHeading().IsMatch(line)));
        return SentenceSplitter.SplitLines(claims)
            .Select(span => claims[span.Start..span.End])
            .Select(sentence => new CitedSentence(StripMarkers(sentence), CitationMarkers.Parse(sentence)))
            .Where(s => s.Text.Length > 0 || s.Markers.Count > 0)
            .ToList();
    }

    /// <summary>Removes every <c>[n]</c> marker from <paramref name="text"/>, whitespace collapsed.</summary>
    public static string StripMarkers(string text) => Whitespace().Replace(CitationMarkers.Strip(text), " ");

    [GeneratedRegex(@"^\s*\[\d+\]")]
    private static partial Regex SourceLine();

    [GeneratedRegex(@"^\s*(?:\d{1,2} \p{L}+|\p{L}+ \d{1,2},) \d{4}:\s*$")]
    private static partial Regex DateHeading();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
