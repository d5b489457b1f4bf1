namespace QaBot.Core.Chunking;

/// <summary>
/// Finds matched quotation marks in a paragraph so the <see cref="SentenceSplitter"/> does not split inside a quote.
/// Curly quotes and guillemets pair like brackets; a straight quote opens after whitespace and closes after a
/// non-space. Unmatched marks (common in scraped text) and over-long pairs are ignored.
/// </summary>
internal static class Quotations
{
    /// <summary>Index pairs of opening and closing marks in <c>text[start..end]</c>, sorted by the opening index.</summary>
    public static List<(int Open, int Close)> Pairs(string text, int start, int end, int maxLength)
    {
        var pairs = new List<(int Open, int Close)>();
        var curly = new Stack<int>();
        int straight = -1;
        for (int i = start; i < end; i++)
        {
            switch (text[i])
            {
                case '“' or '«':
                    curly.Push(i);
                    break;
                case '”' or '»':
                    if (curly.Count > 0)
                    {
                        Add(curly.Pop(), i);
                    }
                    break;
                case '"':
                    bool opens = i == start || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '—' or '–';
                    if (straight < 0 && opens)
                    {
                        straight = i;
                    }
                    else if (straight >= 0 && !opens)
                    {
                        Add(straight, i);
                        straight = -1;
                    }
                    break;
            }
        }
        pairs.Sort();
        return pairs;

        void Add(int open, int close)
        {
            if (close - open <= maxLength)
            {
                pairs.Add((open, close));
            }
        }
    }
}
