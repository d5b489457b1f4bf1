using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace QaBot.Core.Articles;

/// <summary>Whitespace clean-up for article text: one kind of line end, one kind of space, no invisible characters.</summary>
internal static partial class TextNormalizer
{
    /// <summary>Unifies line ends and spaces, drops invisible and control characters, trims every line.</summary>
    public static IEnumerable<string> Lines(string raw)
    {
        var sb = new StringBuilder(raw.Length);
        foreach (char c in raw)
        {
            switch (c)
            {
                case '\n':
                    sb.Append('\n');
                    break;
                case '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF':
                    break; // soft hyphen and zero-width characters
                case '\t':
                    sb.Append(' ');
                    break;
                default:
                    if (char.IsControl(c))
                    {
                        break; // includes '\r'
                    }
                    sb.Append(char.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator ? ' ' : c);
                    break;
            }
        }
        return sb.ToString().Split('\n').Select(CollapseSpaces);
    }

    public static string CollapseSpaces(string line) =>
        SpaceBeforePunctuation().Replace(MultipleSpaces().Replace(line, " "), "").Trim();

    [GeneratedRegex(" {2,}")]
    private static partial Regex MultipleSpaces();

    /// <summary>"Ukraine ." → "Ukraine.": a space before closing punctuation at a word end is a scraping artefact.</summary>
    [GeneratedRegex(@"(?<=[\p{L}\p{N}”’)])\s+(?=[.,;:!?](\s|$))")]
    private static partial Regex SpaceBeforePunctuation();
}
