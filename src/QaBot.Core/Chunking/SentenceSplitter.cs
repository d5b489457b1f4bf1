namespace QaBot.Core.Chunking;

/// <summary>
/// Splits English news text into sentences, returned as spans into the original string (no copying).
/// A paragraph break (a blank line) always ends a sentence. Inside a paragraph a sentence ends at ".", "!", "?"
/// or an ellipsis (plus any closing quotes/brackets) followed by whitespace and a word that does not start in
/// lower case — except after abbreviations ("Mr.", "St.", "No. 5"), acronyms ("U.S.", "D.C."), initials
/// ("Jens H. Stoltenberg"), month short forms ("Feb. 24") and inside a quotation, which ends with its closing quote.
/// Runs in a single pass, linear in the text length.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>
    /// A "quotation" longer than this is almost certainly a mismatched pair left by scraping; protecting it would
    /// glue many sentences together, so it is ignored.
    /// </summary>
    private const int MaxProtectedQuoteLength = 1000;

    /// <summary>Sentences of <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<SentenceSpan> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Split(text, 0, text.Length);
    }

    /// <summary>Sentences of <c>text[start..end]</c>; the spans index into the whole <paramref name="text"/>.</summary>
    public static IReadOnlyList<SentenceSpan> Split(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, text.Length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, end);

        var sentences = new List<SentenceSpan>();
        int paragraphStart = start;
        while (paragraphStart < end)
        {
            int paragraphEnd = FindParagraphBreak(text, paragraphStart, end, out int next);
            SplitParagraph(text, paragraphStart, paragraphEnd, sentences);
            paragraphStart = next;
        }
        return sentences;
    }

    /// <summary>Sentences of <paramref name="text"/> as strings.</summary>
    public static IReadOnlyList<string> SplitToStrings(string text) =>
        Split(text).Select(s => s.Of(text)).ToList();

    private static int FindParagraphBreak(string text, int from, int end, out int next)
    {
        for (int i = from; i < end; i++)
        {
            if (text[i] != '\n')
            {
                continue;
            }
            int k = i + 1;
            while (k < end && text[k] is ' ' or '\t' or '\r')
            {
                k++;
            }
            if (k < end && text[k] == '\n')
            {
                next = k + 1;
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
            if (!IsTerminal(text[i]))
            {
                i++;
                continue;
            }

            int runEnd = i + 1;
            while (runEnd < end && IsTerminal(text[runEnd]))
            {
                runEnd++;
            }
            int closeEnd = runEnd;
            while (closeEnd < end && IsCloser(text[closeEnd]))
            {
                closeEnd++;
            }

            bool stillQuoted = quoteClose >= closeEnd;
            if (!stillQuoted
                && (closeEnd == end || char.IsWhiteSpace(text[closeEnd]))
                && EndsSentence(text, i, runEnd, closeEnd, end))
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

    /// <summary>Decides whether the terminal run <c>text[runStart..runEnd]</c> really ends a sentence.</summary>
    private static bool EndsSentence(string text, int runStart, int runEnd, int closeEnd, int end)
    {
        int word = TextScan.SkipWhitespace(text, closeEnd, end);
        while (word < end && IsOpener(text[word]))
        {
            word++;
        }
        if (word >= end)
        {
            return true;
        }
        if (char.IsLower(text[word]))
        {
            return false; // "February 24. with no end in sight" is one broken sentence, not two
        }

        var run = text.AsSpan(runStart, runEnd - runStart);
        if (run.ContainsAny('!', '?'))
        {
            return true;
        }
        bool openerFollows = Abbreviations.SentenceOpeners.Contains(WordAt(text, word, end));
        if (run.Length > 1 || run[0] == '…')
        {
            return openerFollows; // an ellipsis usually trails off mid-sentence
        }

        string before = WordBefore(text, runStart);
        if (before.Length == 0)
        {
            return true;
        }
        if (before.Contains('.', StringComparison.Ordinal) || (before.Length == 1 && char.IsUpper(before[0])))
        {
            return openerFollows; // "U.S.", "D.C.", "a.m.", initials
        }
        if (Abbreviations.NeverFinal.Contains(before))
        {
            return false;
        }
        if (Abbreviations.BeforeNumber.Contains(before))
        {
            return !char.IsDigit(text[word]);
        }
        return !Abbreviations.RarelyFinal.Contains(before) || openerFollows;
    }

    private static string WordBefore(string text, int index)
    {
        int s = index;
        while (s > 0 && (char.IsLetter(text[s - 1]) || (text[s - 1] == '.' && s - 1 > 0 && char.IsLetter(text[s - 2]))))
        {
            s--;
        }
        return text[s..index];
    }

    private static string WordAt(string text, int index, int end)
    {
        int e = index;
        while (e < end && char.IsLetter(text[e]))
        {
            e++;
        }
        return text[index..e];
    }

    private static bool IsTerminal(char c) => c is '.' or '!' or '?' or '…';

    private static bool IsCloser(char c) => c is '"' or '\'' or '”' or '’' or ')' or ']' or '»' or '›';

    private static bool IsOpener(char c) => c is '"' or '\'' or '“' or '‘' or '(' or '[' or '«' or '‹';
}
