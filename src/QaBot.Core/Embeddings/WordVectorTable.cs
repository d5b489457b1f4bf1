namespace QaBot.Core.Embeddings;

/// <summary>
/// Word vectors as read from a source file, before they are written to the binary cache:
/// <see cref="Words"/>[i] owns <see cref="Vectors"/>[i*Dimensions .. (i+1)*Dimensions], in corpus-frequency order.
/// </summary>
internal sealed record WordVectorTable(IReadOnlyList<string> Words, float[] Vectors, int Dimensions)
{
    public int Count => Words.Count;

    public ReadOnlySpan<float> Vector(int index) => Vectors.AsSpan(index * Dimensions, Dimensions);

    /// <summary>
    /// Puts words into the form the tokeniser produces (lower case, accents folded) and keeps only the first,
    /// i.e. most frequent, vector of words that collapse into the same form ("The" and "the").
    /// </summary>
    public WordVectorTable Normalized()
    {
        var seen = new HashSet<string>(Count, StringComparer.Ordinal);
        var words = new List<string>(Count);
        for (var i = 0; i < Count; i++)
        {
            var word = WordTokenizer.NormalizeWord(Words[i]);
            if (word.Length == 0 || word.Length > WordTokenizer.MaxTokenLength || !seen.Add(word))
            {
                continue;
            }

            // Compacts in place: the target slot is never after the source slot.
            Vector(i).CopyTo(Vectors.AsSpan(words.Count * Dimensions, Dimensions));
            words.Add(word);
        }

        return new WordVectorTable(words, words.Count == Count ? Vectors : Vectors[..(words.Count * Dimensions)], Dimensions);
    }
}
