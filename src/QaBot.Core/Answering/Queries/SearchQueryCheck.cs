using System.Text.RegularExpressions;
using QaBot.Core.Text;

namespace QaBot.Core.Answering.Queries;

/// <summary>
/// Whether a model's follow-up rewrite or translation can be searched for. A reply that is empty, a refusal ("I'm
/// sorry, I can't…"), markup or a JSON blob, without letters, far longer than what it rewrites, or an echo of the
/// prompt's own instructions is never the search query: the rewriter falls back to the offline path.
/// </summary>
public static partial class SearchQueryCheck
{
    private const int EchoRun = 5;

    /// <summary>Why <paramref name="raw"/> cannot be searched for; null when <paramref name="cleaned"/> can.</summary>
    /// <param name="raw">The model's reply as it came.</param>
    /// <param name="cleaned">The reply's question line, labels and quotes removed (null when none was found).</param>
    /// <param name="source">What was rewritten: the question, with the earlier user turns for a follow-up.</param>
    /// <param name="instructions">The prompt as sent but without the user's content: what an echo would repeat.</param>
    public static string? Problem(string? raw, string? cleaned, string source, string instructions)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(instructions);
        if (string.IsNullOrWhiteSpace(raw))
        {
            return "empty";
        }

        if (Markup().IsMatch(raw))
        {
            return "markup or JSON";
        }

        if (string.IsNullOrWhiteSpace(cleaned))
        {
            return "empty";
        }

        if (!cleaned.Any(char.IsLetter))
        {
            return "no letters";
        }

        if (Refusal().IsMatch(cleaned))
        {
            return "a refusal";
        }

        var (length, limit) = (Units(cleaned), (2 * Units(source)) + 10);
        if (length > limit)
        {
            return $"far longer than the question ({length} words, at most {limit})";
        }

        return Echoes(cleaned, instructions) || RepeatsALabel(raw, instructions) ? "an echo of the prompt" : null;
    }

    /// <summary>Words, counting each Han, kana or Hangul character as one (Chinese is written without spaces).</summary>
    private static int Units(string text) => WordTokens.Of(text).Sum(w => Math.Max(1, w.Count(IsIdeographic)));

    /// <summary>The reply repeats the instructions: five words in a row from them, or all of a reply of three or more words.</summary>
    private static bool Echoes(string reply, string instructions)
    {
        var said = WordTokens.Of(reply);
        var prompt = string.Join(' ', WordTokens.Of(instructions));
        if (said.Count >= 3 && said.Count < EchoRun)
        {
            return $" {prompt} ".Contains($" {string.Join(' ', said)} ", StringComparison.Ordinal);
        }

        for (var i = 0; i + EchoRun <= said.Count; i++)
        {
            if ($" {prompt} ".Contains($" {string.Join(' ', said.Skip(i).Take(EchoRun))} ", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A line of the reply starts with one of the prompt's labels ("Conversation so far:"), except the closing cue it answers after.</summary>
    private static bool RepeatsALabel(string raw, string instructions)
    {
        var lines = instructions.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var labels = lines.SkipLast(1).Where(l => l.EndsWith(':') && l.Contains(' ', StringComparison.Ordinal)).ToList();
        return raw.Split('\n').Select(l => l.Trim()).Any(l => labels.Any(label => l.StartsWith(label, StringComparison.OrdinalIgnoreCase)));
    }

    private static bool IsIdeographic(char c) =>
        c is (>= '\u3040' and <= '\u30ff') or (>= '\u3400' and <= '\u9fff') or (>= '\uac00' and <= '\ud7af') or (>= '\uf900' and <= '\ufaff');

    /// <summary>HTML/XML tags, code fences, template braces, a JSON object or array.</summary>
    [GeneratedRegex(@"<\s*/?\s*[A-Za-z][\w:-]*(\s[^<>]*)?/?\s*>|```|\{\{|^\s*[\{\[]|""\s*:\s*[""\{\[\d]", RegexOptions.CultureInvariant)]
    private static partial Regex Markup();

    [GeneratedRegex(
        @"^\W*(sorry|i'?m\s+sorry|i\s+am\s+sorry|i\s+apologi[sz]e|apologies|unfortunately|as\s+an\s+ai)\b"
        + @"|\b(i\s+(can\s*not|can't|can’t|cannot|won't|won’t|will\s+not|am\s+(unable|not\s+able)|'m\s+(unable|not\s+able)|’m\s+(unable|not\s+able)))\b"
        + @"|\b(as\s+an\s+ai|language\s+model)\b"
        + @"|^\W*(извините|простите|к\s+сожалению|entschuldigung|leider|désolé|desole|lo\s+siento|disculpa|mi\s+dispiace|抱歉|对不起|很抱歉)"
        + @"|\b(я\s+не\s+могу|je\s+ne\s+peux\s+pas|no\s+puedo|ich\s+kann\s+(das\s+)?nicht)\b|我无法|我不能",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Refusal();
}
