namespace QaBot.Core.Chunking;

/// <summary>Whitespace scanning shared by the splitter and the chunker.</summary>
internal static class TextScan
{
    public static int SkipWhitespace(string text, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(text[i]))
        {
            i++;
        }
        return i;
    }

    public static int TrimEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        return end;
    }
}
