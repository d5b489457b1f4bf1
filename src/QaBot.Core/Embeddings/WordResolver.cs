namespace QaBot.Core.Embeddings;

/// <summary>
/// Maps one normalised token to the vocabulary entries that represent it. Vocabularies disagree on joined words:
/// the wink GloVe list has "well-known" but neither "u.s." nor "russia-china"; Stanford's lists have "u.s.".
/// So try, in order: the token as is ("well-known"); with a final period ("u.s."); without periods and apostrophes
/// ("us", "oneill"); and finally its parts ("russia", "china").
/// </summary>
internal static class WordResolver
{
    /// <summary>Most parts a joined token is split into; further parts are ignored.</summary>
    public const int MaxParts = 8;

    /// <summary>Writes the indices representing <paramref name="token"/> and returns how many; 0 when none is known.</summary>
    public static int Resolve(WordVectors vectors, ReadOnlySpan<char> token, Span<int> indices)
    {
        if (vectors.TryGetIndex(token, out indices[0]))
        {
            return 1;
        }

        var joiners = token.IndexOfAny('-', '.', '\'');
        if (joiners < 0)
        {
            return 0;
        }

        Span<char> buffer = stackalloc char[WordTokenizer.MaxTokenLength + 1];
        if (token.Contains('.'))
        {
            token.CopyTo(buffer);
            buffer[token.Length] = '.';
            if (vectors.TryGetIndex(buffer[..(token.Length + 1)], out indices[0]))
            {
                return 1;
            }
        }

        if (token.ContainsAny('.', '\''))
        {
            var n = 0;
            foreach (var c in token)
            {
                if (c is not ('.' or '\''))
                {
                    buffer[n++] = c;
                }
            }

            if (!buffer[..n].Contains('-') && vectors.TryGetIndex(buffer[..n], out indices[0]))
            {
                return 1;
            }
        }

        var count = 0;
        foreach (var range in token.SplitAny("-.'"))
        {
            if (count < indices.Length && vectors.TryGetIndex(token[range], out indices[count]))
            {
                count++;
            }
        }

        return count;
    }
}
