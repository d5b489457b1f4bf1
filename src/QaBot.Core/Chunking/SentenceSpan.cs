namespace QaBot.Core.Chunking;

/// <summary>A sentence located in a text: <c>text[Start..End]</c>, trimmed of surrounding whitespace.</summary>
public readonly record struct SentenceSpan(int Start, int End)
{
    /// <summary>Number of characters in the sentence.</summary>
    public int Length => End - Start;

    /// <summary>The sentence text.</summary>
    public string Of(string text) => text[Start..End];
}
