using System.Collections.Concurrent;
using Lucene.Net.Tartarus.Snowball;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace QaBot.Core.Text;

/// <summary>
/// The one stemmer: Snowball's English (Porter2) stemmer for Latin words and its Russian stemmer for Cyrillic ones,
/// from Lucene.Net, so "invades", "invaded" and "invading" all give "invad" and "россии"/"россия" give "росс".
/// Other tokens (numbers, mixed scripts) are returned unchanged. Input is a folded token from <see cref="WordTokens"/>.
/// Stems are cached: the Snowball programs are not thread-safe and cost microseconds, a lookup nanoseconds.
/// </summary>
public static class Stemmer
{
    private const int MaxCached = 200_000;
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    [ThreadStatic]
    private static EnglishStemmer? t_english;

    [ThreadStatic]
    private static RussianStemmer? t_russian;

    /// <summary>The stem of one lower-case word.</summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length <= 2)
        {
            return word;
        }

        if (Cache.TryGetValue(word, out var cached))
        {
            return cached;
        }

        SnowballProgram? program = word.All(c => c is >= 'a' and <= 'z') ? t_english ??= new EnglishStemmer()
            : word.All(c => c is >= 'а' and <= 'я' or 'ё') ? t_russian ??= new RussianStemmer()
            : null;
        var stem = word;
        if (program is not null)
        {
            program.SetCurrent(word);
            program.Stem();
            stem = program.Current;
        }

        if (Cache.Count < MaxCached)
        {
            Cache.TryAdd(word, stem);
        }

        return stem;
    }
}
