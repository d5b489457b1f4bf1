using QaBot.Core.Text;

namespace QaBot.Core.Embeddings;

/// <summary>
/// Splits text into word tokens the way the word-vector vocabulary spells them: lower case, accents folded by
/// <see cref="TextFolding"/>, runs of letters and digits that may contain inner joiners ("well-known", "u.s", "china's",
/// "o'neill"), which <see cref="Text.WordTokens"/> would cut apart. Which form of a joined token the vocabulary knows
/// is decided by <see cref="WordVectors"/>.
/// </summary>
internal static class WordTokenizer
{
    /// <summary>Longer runs (URLs, hashes) are not words and are skipped.</summary>
    public const int MaxTokenLength = 48;

    /// <summary>Calls <paramref name="onToken"/> with each normalised token; the span is only valid during the call.</summary>
    public static void ForEachToken<TState>(ReadOnlySpan<char> text, ref TState state, TokenAction<TState> onToken)
        where TState : allows ref struct
    {
        Span<char> buffer = stackalloc char[MaxTokenLength];
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (IsJoiner(text[i]) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))))
            {
                i++;
            }

            var length = Normalize(text[start..i], buffer);
            if (length > 0)
            {
                onToken(buffer[..length], ref state);
            }
        }
    }

    /// <summary>Callback for <see cref="ForEachToken{TState}"/>.</summary>
    public delegate void TokenAction<TState>(scoped ReadOnlySpan<char> token, ref TState state)
        where TState : allows ref struct;

    /// <summary>Normalises one vocabulary word the same way tokens are normalised.</summary>
    public static string NormalizeWord(string word)
    {
        Span<char> buffer = stackalloc char[MaxTokenLength];
        var trimmed = word.AsSpan().Trim();
        if (trimmed.Length > MaxTokenLength)
        {
            return "";
        }

        var length = Normalize(trimmed, buffer, stripPossessive: false);
        return length <= 0 ? "" : buffer[..length].SequenceEqual(word) ? word : new string(buffer[..length]);
    }

    /// <summary>Lower-cases, folds accents and typographic joiners, drops a possessive 's; returns the length, or 0 when too long.</summary>
    private static int Normalize(ReadOnlySpan<char> raw, Span<char> destination, bool stripPossessive = true)
    {
        if (raw.Length > destination.Length)
        {
            return 0;
        }

        var n = 0;
        foreach (var c in raw)
        {
            destination[n++] = c switch
            {
                < '\u0080' => char.ToLowerInvariant(c),
                '\u2019' or '\u2018' or '\u02BC' => '\'',
                '\u2010' or '\u2011' => '-',
                _ => TextFolding.Fold(c),
            };
        }

        if (stripPossessive && n > 2 && destination[n - 1] == 's' && destination[n - 2] == '\'')
        {
            n -= 2;
        }

        return n;
    }

    /// <summary>Characters that join two alphanumeric runs into one token.</summary>
    public static bool IsJoiner(char c) => c is '-' or '.' or '\'' or '\u2019' or '\u2010' or '\u2011';
}
