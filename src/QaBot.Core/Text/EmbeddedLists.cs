namespace QaBot.Core.Text;

/// <summary>The one reader of the word lists embedded in QaBot.Core's <c>Text/</c> folder (<c>english-words.txt</c>, <c>russian-glossary.txt</c>, …).</summary>
internal static class EmbeddedLists
{
    /// <summary>The lines of <paramref name="file"/>, less empty ones and comments (a line opening with <c>#</c>).</summary>
    public static IEnumerable<string> Lines(string file)
    {
        using var stream = typeof(EmbeddedLists).Assembly.GetManifestResourceStream("QaBot.Core.Text." + file)
            ?? throw new InvalidOperationException($"The embedded list {file} is missing from QaBot.Core.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                yield return line;
            }
        }
    }
}
