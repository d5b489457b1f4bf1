namespace QaBot.Core.Chunking;

/// <summary>A sentence (or, for an over-long sentence, a piece of it) and whether it opens a paragraph.</summary>
internal readonly record struct SentenceUnit(int Start, int End, bool StartsParagraph);

/// <summary>Turns text into the units <see cref="TextChunker"/> packs: sentences, with over-long ones cut.</summary>
internal static class SentenceUnits
{
    /// <summary>Sentences of <paramref name="text"/>, none longer than <paramref name="maxChars"/>.</summary>
    public static List<SentenceUnit> Of(string text, int maxChars)
    {
        var units = new List<SentenceUnit>();
        int previousEnd = -1;
        foreach (var sentence in SentenceSplitter.Split(text))
        {
            bool startsParagraph = previousEnd < 0 || text.AsSpan(previousEnd, sentence.Start - previousEnd).Contains('\n');
            previousEnd = sentence.End;
            int start = sentence.Start;
            while (sentence.End - start > maxChars)
            {
                int cut = FindCut(text, start, start + maxChars);
                units.Add(new SentenceUnit(start, TextScan.TrimEnd(text, start, cut), startsParagraph));
                startsParagraph = false;
                start = TextScan.SkipWhitespace(text, cut, sentence.End);
            }
            if (sentence.End > start)
            {
                units.Add(new SentenceUnit(start, sentence.End, startsParagraph));
            }
        }
        return units;
    }

    /// <summary>
    /// Where to cut a sentence that is too long, as late as possible before <paramref name="limit"/>: after a clause
    /// delimiter (";", ":", ",", a spaced dash) in the second half of the window, else at the last space, else hard.
    /// </summary>
    private static int FindCut(string text, int start, int limit)
    {
        int floor = start + ((limit - start) / 2);
        foreach (var delimiters in (string[])[";:", ",", "—–-"])
        {
            for (int p = limit - 1; p > floor; p--)
            {
                if (delimiters.Contains(text[p], StringComparison.Ordinal) && p + 1 < text.Length && char.IsWhiteSpace(text[p + 1]))
                {
                    return p + 1;
                }
            }
        }
        for (int p = limit; p > start + 1; p--)
        {
            if (char.IsWhiteSpace(text[p - 1]) && !char.IsWhiteSpace(text[p - 2]))
            {
                return p - 1;
            }
        }
        return char.IsHighSurrogate(text[limit - 1]) ? limit - 1 : limit;
    }
}
