using System.Globalization;
using System.Text.RegularExpressions;

namespace QaBot.Telegram.Conversation;

/// <summary>What is left to ask in a message: invisible characters and stray markup are not a question.</summary>
public static partial class QuestionText
{
    private static readonly char[] Invisible = [.. Enumerable.Range(0, 0x10000).Select(i => (char)i)
        .Where(c => char.GetUnicodeCategory(c) == UnicodeCategory.Format || char.IsWhiteSpace(c))];

    /// <summary>
    /// The message trimmed of whitespace and invisible format characters (zero-width spaces, BOM, joiners); empty when
    /// nothing readable remains once tags like <c>&lt;/b&gt;</c> are set aside (the user is then asked to type a question).
    /// </summary>
    public static string Clean(string text)
    {
        var trimmed = text.Trim(Invisible);
        var readable = Tag().Replace(trimmed, " ");
        return readable.Any(c => char.IsLetterOrDigit(c)) ? trimmed : "";
    }

    [GeneratedRegex(@"</?[A-Za-z][^<>]*>")]
    private static partial Regex Tag();
}
