using System.Text.RegularExpressions;

namespace QaBot.Core.Answering.Verification;

/// <summary>
/// Reads <c>[n]</c> citation markers in the forms models write them: <c>[1]</c>, <c>[1, 2]</c>, <c>[1][2]</c>,
/// <c>[1-3]</c>, <c>[1–3]</c>, <c>[Source 2]</c>, <c>【1】</c>.
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

    /// <summary><paramref name="text"/> without its markers, with the space a marker leaves before punctuation removed.</summary>
    public static string Strip(string text)
    {
        var stripped = Marker().Replace(text, "");
        stripped = SpaceBeforePunctuation().Replace(stripped, "$1");
        return MultiSpace().Replace(stripped, " ").Trim();
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
