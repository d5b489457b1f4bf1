using System.Text.RegularExpressions;

namespace QaBot.Core.Evaluation;

/// <summary>
/// One sentence of an answer with the <c>[n]</c> markers attached to it. Markers right after a sentence's final
/// punctuation (<c>"… in 2023.[1] Next …"</c>) belong to that sentence; <c>[1, 2]</c> and <c>[1][2]</c> both give 1 and 2.
/// Lines that start with a marker (<c>"[1] Title, 2024-02-08"</c>) are a sources list, not claims, and are skipped.
/// </summary>
/// <param name="Text">The sentence without its markers, whitespace collapsed.</param>
/// <param name="Markers">The citation numbers in order of appearance, duplicates removed.</param>
public sealed partial record CitedSentence(string Text, IReadOnlyList<int> Markers)
{
    /// <summary>Splits <paramref name="answer"/> into sentences and their markers.</summary>
    public static IReadOnlyList<CitedSentence> Parse(string answer)
    {
        var sentences = new List<CitedSentence>();
        var claims = string.Join('\n', answer.Split('\n').Where(line => !SourceLine().IsMatch(line)));
        foreach (Match match in SentencePattern().Matches(claims))
        {
            var markers = MarkerPattern().Matches(match.Value)
                .SelectMany(m => m.Groups[1].Value.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries))
                .Select(int.Parse)
                .Distinct()
                .ToList();
            var text = Whitespace().Replace(MarkerPattern().Replace(match.Value, " "), " ").Trim();
            text = SpaceBeforePunctuation().Replace(text, "$1");
            if (text.Length > 0 || markers.Count > 0)
            {
                sentences.Add(new CitedSentence(text, markers));
            }
        }

        return sentences;
    }

    /// <summary>Removes every <c>[n]</c> marker from <paramref name="text"/>.</summary>
    public static string StripMarkers(string text) =>
        SpaceBeforePunctuation().Replace(Whitespace().Replace(MarkerPattern().Replace(text, " "), " "), "$1").Trim();

    // A sentence: anything up to terminal punctuation, then any markers that follow it, or up to a line break/end.
    [GeneratedRegex(@"[^\n]+?(?:[.!?…。]+[""'”»)]*(?:\s*\[\d+(?:\s*[,;]\s*\d+)*\])*(?=\s|$)|(?=\n)|$)")]
    private static partial Regex SentencePattern();

    [GeneratedRegex(@"\[(\d+(?:\s*[,;]\s*\d+)*)\]")]
    private static partial Regex MarkerPattern();

    [GeneratedRegex(@"^\s*\[\d+\]")]
    private static partial Regex SourceLine();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\s+([.,;:!?…])")]
    private static partial Regex SpaceBeforePunctuation();
}
