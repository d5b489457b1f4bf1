using System.Text.RegularExpressions;

namespace QaBot.Core.Chunking;

/// <summary>
/// The one sentence splitter, for article text and for answers, returning spans into the original string (no copying).
/// A paragraph break (a blank line; in <see cref="SplitLines"/> any line break) always ends a sentence. Inside a
/// paragraph a sentence ends at ".", "!", "?", an ellipsis or a Chinese/Japanese full stop (plus any closing
/// quotes/brackets and citation markers: "… grew. [1]") followed by whitespace and a word that does not start in lower
/// case — except after abbreviations ("Mr.", "St.", "No. 5"), acronyms ("U.S.", "D.C."), initials ("Jens H.
/// Stoltenberg"), month short forms ("Feb. 24"), a list number ("1. ") and inside a quotation, which ends with its
/// closing quote (<see cref="SentenceEnd"/> holds these rules). Runs in a single pass, linear in the text length.
/// </summary>
public static partial class SentenceSplitter
{
    /// <summary>
    /// A "quotation" longer than this is almost certainly a mismatched pair left by scraping; protecting it would
    /// glue many sentences together, so it is ignored.
    /// </summary>
    private const int MaxProtectedQuoteLength = 1000;

    /// <summary>Sentences of article <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<SentenceSpan> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Split(text, 0, text.Length);
    }

    /// <summary>Sentences of <c>text[start..end]</c>; the spans index into the whole <paramref name="text"/>.</summary>
    public static IReadOnlyList<SentenceSpan> Split(string text, int start, int end) => Split(text, start, end, lines: false);

    /// <summary>
    /// Sentences of a written answer (a model's or one composed from quotes): like <see cref="Split(string)"/>, but every
    /// line break ends a sentence, so list items and headings ("Key points:") stand alone.
    /// </summary>
    public static IReadOnlyList<SentenceSpan> SplitLines(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Split(text, 0, text.Length, lines: true);
    }

    /// <summary>Sentences of <paramref name="text"/> as strings.</summary>
    public static IReadOnlyList<string> SplitToStrings(string text) =>
        Split(text).Select(s => s.Of(text)).ToList();

    private static List<SentenceSpan> Split(string text, int start, int end, bool lines)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, text.Length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, end);

        var sentences = new List<SentenceSpan>();
        int paragraphStart = start;
        while (paragraphStart < end)
        {
            int paragraphEnd = FindParagraphBreak(text, paragraphStart, end, lines, out int next);
            SplitParagraph(text, paragraphStart, paragraphEnd, sentences);
            paragraphStart = next;
        }
        return sentences;
    }

    private static int FindParagraphBreak(string text, int from, int end, bool lines, out int next)
    {
        for (int i = from; i < end; i++)
        {
            if (text[i] != '\n')
            {
                continue;
            }
            int k = i + 1;
            while (!lines && k < end && text[k] is ' ' or '\t' or '\r')
            {
                k++;
            }
            if (lines || (k < end && text[k] == '\n'))
            {
                next = k + (lines ? 0 : 1);
                return i;
            }
        }
        next = end;
        return end;
    }

    private static void SplitParagraph(string text, int start, int end, List<SentenceSpan> sentences)
    {
        var quotes = Quotations.Pairs(text, start, end, MaxProtectedQuoteLength);
        int nextQuote = 0;
        int quoteClose = -1;
        int sentenceStart = TextScan.SkipWhitespace(text, start, end);
        int i = sentenceStart;
        while (i < end)
        {
            while (nextQuote < quotes.Count && quotes[nextQuote].Open <= i)
            {
                var (_, close) = quotes[nextQuote++];
                quoteClose = Math.Max(quoteClose, close);
            }
            if (!SentenceEnd.IsTerminal(text[i]))
            {
                i++;
                continue;
            }

            int runEnd = i + 1;
            while (runEnd < end && SentenceEnd.IsTerminal(text[runEnd]))
            {
                runEnd++;
            }
            int closeEnd = runEnd;
            while (closeEnd < end && SentenceEnd.IsCloser(text[closeEnd]))
            {
                closeEnd++;
            }
            if (Markers().Match(text, closeEnd, end - closeEnd) is { Success: true } markers)
            {
                closeEnd += markers.Length;
            }

            bool stillQuoted = quoteClose >= closeEnd;
            if (!stillQuoted
                && (closeEnd == end || char.IsWhiteSpace(text[closeEnd]) || SentenceEnd.IsIdeographic(text[runEnd - 1]))
                && SentenceEnd.IsEnd(text, sentenceStart, i, runEnd, closeEnd, end))
            {
                sentences.Add(new SentenceSpan(sentenceStart, closeEnd));
                sentenceStart = TextScan.SkipWhitespace(text, closeEnd, end);
            }
            i = closeEnd;
        }

        int last = TextScan.TrimEnd(text, sentenceStart, end);
        if (last > sentenceStart)
        {
            sentences.Add(new SentenceSpan(sentenceStart, last));
        }
    }

    /// <summary>Citation markers right after a sentence's final punctuation ("… grew. [1][2]", "…了。【1】").</summary>
    [GeneratedRegex(@"\G(?:[ \t]*(?:\[[^\]\n]{1,24}\]|【\d+】))+")]
    private static partial Regex Markers();
}
