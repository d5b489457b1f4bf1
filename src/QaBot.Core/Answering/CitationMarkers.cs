using System.Text.RegularExpressions;

namespace QaBot.Core.Answering;

/// <summary>Writes and reads the <c>[n]</c> citation markers of an answer.</summary>
public static partial class CitationMarkers
{
    /// <summary>Appends <c>[n]</c> to a sentence, before its final full stop: "… in 2023 [1]."</summary>
    public static string Append(string sentence, int n)
    {
        var s = sentence.TrimEnd();
        var marker = $" [{n}]";
        return s.Length > 0 && s[^1] is '.' or '!' or '?' && !s.EndsWith("...", StringComparison.Ordinal)
            ? string.Concat(s.AsSpan(0, s.Length - 1), marker, s.AsSpan(s.Length - 1))
            : s + marker;
    }

    /// <summary>The citation numbers in <paramref name="text"/>, in order of appearance ("[1]", "[1, 2]", "[1][2]", "[1-3]").</summary>
    public static IReadOnlyList<int> Parse(string text)
    {
        var numbers = new List<int>();
        foreach (Match m in Marker().Matches(text))
        {
            foreach (var part in m.Groups[1].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var range = part.Split('-', '–');
                if (range.Length == 2 && int.TryParse(range[0], out var a) && int.TryParse(range[1], out var b) && a <= b && b - a < 20)
                {
                    numbers.AddRange(Enumerable.Range(a, b - a + 1));
                }
                else if (int.TryParse(part, out var n))
                {
                    numbers.Add(n);
                }
            }
        }

        return numbers;
    }

    /// <summary>Where each marker group stands in <paramref name="text"/> (start, end), in order.</summary>
    public static IReadOnlyList<(int Start, int End)> Locate(string text)
        => [.. Marker().Matches(text).Select(m => (m.Index, m.Index + m.Length))];

    /// <summary>The text with every marker removed.</summary>
    public static string Strip(string text) => Spaces().Replace(Marker().Replace(text, ""), " ").Replace(" .", ".", StringComparison.Ordinal).Trim();

    [GeneratedRegex(@"\[(\d+(?:\s*[-–,]\s*\d+)*)\]")]
    private static partial Regex Marker();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();
}
