using System.Text.RegularExpressions;

namespace QaBot.Core.Answering.Verification;

/// <summary>
/// Splits text into sentence spans (start, end) without cutting after abbreviations ("U.S.", "Mr.", "Feb. 24"),
/// list numbers ("1. ") or before a lower-case continuation; citation markers after the full stop stay with their
/// sentence; line breaks always end a sentence; Chinese/Japanese full stops split without a space. For the model's
/// answers (article text goes through <see cref="Chunking.SentenceSplitter"/>).
/// </summary>
public static partial class SentenceSpans
{
    private static readonly HashSet<string> Abbreviations = new(
        "mr mrs ms dr prof st jr sr gen gov sen rep col lt sgt capt vs etc inc ltd co corp no jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k e.g i.e a.m p.m"
            .Split(' '), StringComparer.OrdinalIgnoreCase);

    /// <summary>Sentence spans in order; the text between them is whitespace only.</summary>
    public static List<(int Start, int End)> Split(string text)
    {
        var spans = new List<(int, int)>();
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            SplitLine(text, lineStart, lineEnd, spans);
            lineStart = lineEnd + 1;
        }

        return spans;
    }

    private static void SplitLine(string text, int start, int end, List<(int, int)> spans)
    {
        var sentenceStart = start;
        foreach (Match boundary in Boundary().Matches(text[start..end]))
        {
            var stop = start + boundary.Index + boundary.Length;
            var next = NextNonSpace(text, stop, end);
            if (next < end && (char.IsLower(text[next]) || IsAbbreviation(text, start + boundary.Index, sentenceStart)
                || ListNumber().IsMatch(text[sentenceStart..stop])))
            {
                continue;
            }

            Add(text, sentenceStart, stop, spans);
            sentenceStart = stop;
        }

        Add(text, sentenceStart, end, spans);
    }

    private static bool IsAbbreviation(string text, int dot, int sentenceStart)
    {
        var wordStart = dot;
        while (wordStart > sentenceStart && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text[wordStart..dot];
        return (word.Length == 1 && char.IsUpper(word[0])) || Abbreviations.Contains(word);
    }

    private static int NextNonSpace(string text, int from, int end)
    {
        while (from < end && char.IsWhiteSpace(text[from]))
        {
            from++;
        }

        return from;
    }

    private static void Add(string text, int start, int end, List<(int, int)> spans)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start)
        {
            spans.Add((start, end));
        }
    }

    [GeneratedRegex(@"[.!?。！？…]+[""'”’»)]*(?:\s*(?:\[[^\]\n]{1,24}\]|【\d+】))*(?=\s|$|[^\x00-\x7F])")]
    private static partial Regex Boundary();

    [GeneratedRegex(@"^\s*(?:\d{1,2}|[a-zA-Z])[.)]$")]
    private static partial Regex ListNumber();
}
