namespace QaBot.Core.Chunking;

/// <summary>The <see cref="SentenceSplitter"/>'s rules for whether a run of terminal punctuation really ends a sentence.</summary>
internal static class SentenceEnd
{
    /// <summary>
    /// Decides whether the terminal run <c>text[runStart..runEnd]</c> (followed by closers and markers up to
    /// <paramref name="closeEnd"/>) ends the sentence that began at <paramref name="sentenceStart"/>.
    /// </summary>
    public static bool IsEnd(string text, int sentenceStart, int runStart, int runEnd, int closeEnd, int end)
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
        if (run.ContainsAny('!', '?') || run.ContainsAny('。', '！', '？'))
        {
            return true;
        }
        if (IsListNumber(text, sentenceStart, runStart))
        {
            return false; // "1. Trade grew."
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

    public static bool IsTerminal(char c) => c is '.' or '!' or '?' or '…' or '。' or '！' or '？';

    /// <summary>A Chinese/Japanese full stop ends a sentence without a space after it.</summary>
    public static bool IsIdeographic(char c) => c is '。' or '！' or '？';

    public static bool IsCloser(char c) => c is '"' or '\'' or '”' or '’' or ')' or ']' or '»' or '›';

    private static bool IsOpener(char c) => c is '"' or '\'' or '“' or '‘' or '(' or '[' or '«' or '‹';

    /// <summary>The sentence so far is a list number or letter: "1", "12", "a".</summary>
    private static bool IsListNumber(string text, int sentenceStart, int runStart)
    {
        var head = text.AsSpan(sentenceStart, runStart - sentenceStart);
        return head.Length is 1 or 2 && (!head.ContainsAnyExceptInRange('0', '9') || (head.Length == 1 && char.IsLower(head[0])));
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
}
