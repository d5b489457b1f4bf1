namespace QaBot.Core.Text;

/// <summary>Which script a text is written in, as far as comparing it with the (Latin-script) articles needs.</summary>
public static class Scripts
{
    /// <summary>True when the letters of <paramref name="text"/> are mostly Latin script (the articles' script).</summary>
    public static bool IsMostlyLatin(string text)
    {
        int latin = 0, other = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                if (c < 0x0250 || (c >= 0x1E00 && c < 0x1F00)) latin++;
                else other++;
            }
        }

        return latin >= other;
    }
}
