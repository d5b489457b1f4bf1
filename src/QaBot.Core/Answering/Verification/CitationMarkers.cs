using System.Text.RegularExpressions;

namespace QaBot.Core.Answering.Verification;

/// <summary>
/// Reads <c>[n]</c> citation markers in the forms models write them: <c>[1]</c>, <c>[1, 2]</c>, <c>[1][2]</c>,
/// <c>[1-3]</c>, <c>[1–3]</c>, <c>[Source 2]</c>, <c>【1】</c> — and writes them. The one marker syntax of QaBot: the
/// extractive answerer, the citation checker, the validator and the eval all read markers here.
/// </summary>
public static partial class CitationMarkers
{
    private const int MaxRange = 20;

    /// <summary>The cited numbers in order of appearance, ranges expanded, duplicates removed.</summary>
    public static List<int> Parse(string text)
    {
        var numbers = new List<int>();
        foreach (Match marker in Marker().Matches(text))
        {
            foreach (var part in Separator().Split(marker.Groups["list"].Value))
            {
                var bounds = Dash().Split(part.Trim());
                if (bounds.Length == 1 && int.TryParse(bounds[0], out var single))
                {
                    numbers.Add(single);
                }
                else if (bounds.Length == 2 && int.TryParse(bounds[0], out var from) && int.TryParse(bounds[1], out var to)
                    && to >= from && to - from < MaxRange)
                {
                    numbers.AddRange(Enumerable.Range(from, to - from + 1));
                }
            }
        }

        return numbers.Distinct().ToList();
    }

    /// <summary>Where each marker stands in <paramref name="text"/> (start, end, leading whitespace included), in order.</summary>
    public static List<(int Start, int End)> Locate(string text)
        => [.. Marker().Matches(text).Select(m => (m.Index, m.Index + m.Length))];

    /// <summary><paramref name="text"/> without its markers, with the space a marker leaves before punctuation removed.</summary>
    public static string Strip(string text)
    {
        var stripped = Marker().Replace(text, "");
        stripped = SpaceBeforePunctuation().Replace(stripped, "$1");
        return MultiSpace().Replace(stripped, " ").Trim();
    }

    /// <summary>Appends <c>[n]</c> to a sentence, before its final full stop: "… in 2023 [1]."</summary>
    public static string Append(string sentence, int n)
    {
        var s = sentence.TrimEnd();
        var marker = $" [{n}]";
        return s.Length > 0 && s[^1] is '.' or '!' or '?' && !s.EndsWith("...", StringComparison.Ordinal)
            ? string.Concat(s.AsSpan(0, s.Length - 1), marker, s.AsSpan(s.Length - 1))
            : s + marker;
    }

    /// <summary>Renders numbers as <c>[1][2]</c>.</summary>
    public static string Format(IEnumerable<int> numbers) => string.Concat(numbers.Select(n => $"[{n}]"));

    [GeneratedRegex(@"\s*(?:\[|【)\s*(?:(?:sources?|src|ref|источник|quelle)\s*)?(?<list>\d{1,3}(?:\s*(?:[-–—,;]|and)\s*\d{1,3})*)\s*(?:\]|】)", RegexOptions.IgnoreCase)]
    private static partial Regex Marker();

    [GeneratedRegex(@"\s*(?:[,;]|and)\s*")]
    private static partial Regex Separator();

    [GeneratedRegex(@"\s*[-–—]\s*")]
    private static partial Regex Dash();

    [GeneratedRegex(@"\s+([.,;:!?。！？)])")]
    private static partial Regex SpaceBeforePunctuation();

    [GeneratedRegex(@"[ \t]{2,}")]
    private static partial Regex MultiSpace();
}
