using System.Text.RegularExpressions;

namespace QaBot.Core.Answering.Queries;

/// <summary>
/// A question about the collection itself rather than the news in it: "which articles do u have", "what are the articles
/// about", "what sources r u using", "list ur articles". No passage answers it; the front ends list the articles instead
/// (the bot's /sources reply, the CLI's <c>sources</c> command).
/// </summary>
public static partial class CatalogueQuestion
{
    /// <summary>True when <paramref name="message"/> asks which articles there are or what they are about, and nothing else.</summary>
    public static bool Is(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return Asks().IsMatch(Text.ChatShorthand.Unframed(message.Trim().ToLowerInvariant()));
    }

    [GeneratedRegex(
        @"^\W*(?:(?:what|which)\s+(?:articles|stories|sources|news\s+sources|pieces|documents)\s+(?:do|did|have|can)\s+(?:you|u)(?:\s+(?:have|got|know|use|using|read|got\s+there))?"
        + @"|(?:what|which)\s+(?:articles|stories|sources|pieces)\s+(?:are|r)\s+(?:you|u)\s+(?:using|reading|working\s+(?:with|from)|answering\s+from)"
        + @"|what\s+(?:are|r|is)\s+(?:the|these|ur|your|all\s+the)\s+(?:articles|stories|sources|pieces)(?:\s+(?:about|on))?"
        + @"|(?:list|show)\s+(?:me\s+)?(?:the|all\s+the|all|your|ur)\s+(?:articles|stories|sources|pieces)"
        + @"|how\s+many\s+(?:articles|stories|sources|pieces)\s+(?:do|have|did)\s+(?:you|u)(?:\s+(?:have|got|know))?"
        + @"|what\s+(?:do|can)\s+(?:you|u)\s+(?:know|answer)(?:\s+about)?|what\s+(?:articles|stories)\s+(?:are\s+there|are\s+in\s+(?:here|there|the\s+collection)))\s*[?!.]*\s*$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Asks();
}
