namespace QaBot.Core.Text;

/// <summary>
/// The English dictionary: the single-word lemmas of WordNet 3.1 (<c>english-words.txt</c>, embedded; licence in
/// <c>english-words.LICENSE</c>), with a word's inflections read back to its lemma ("navies" → "navy", "meddling" →
/// "meddle"). It tells a word from a name: "zelensky", "modi" or "blinken" is in no dictionary, and "iran" is a
/// lemma WordNet only writes with a capital (<c>english-names.txt</c>).
/// </summary>
public static class EnglishWords
{
    private static readonly Lazy<HashSet<string>> Lemmas = new(() => Load("english-words.txt"));

    private static readonly Lazy<HashSet<string>> Names = new(() => Load("english-names.txt"));

    /// <summary>
    /// True when <paramref name="word"/> (lower-case) names someone or something: a lemma WordNet writes only with a
    /// capital ("iran", "moscow", "nato"; <c>english-names.txt</c>), or no English word at all ("zelensky", "kim").
    /// "china", "pope" and "trump" are English words too, and are not told apart here.
    /// </summary>
    public static bool IsName(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return IsCapitalOnly(word) || !Contains(word);
    }

    /// <summary>True when <paramref name="word"/> (lower-case) is a lemma WordNet writes only with a capital ("gaza", "jong").</summary>
    public static bool IsCapitalOnly(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return Names.Value.Contains(word);
    }

    /// <summary>The fewest letters of each word of a compound (<see cref="IsCompound"/>): "taliban" is no "tali" and "ban".</summary>
    private const int MinCompoundPart = 4;

    /// <summary>The fewest letters of a compound's first word when its second is shorter than <see cref="MinCompoundPart"/> ("spokesguy").</summary>
    private const int LongCompoundHead = 6;

    /// <summary>The fewest letters of a compound's second word after a <see cref="LongCompoundHead"/> first ("guy").</summary>
    private const int ShortCompoundTail = 3;

    /// <summary>
    /// True when <paramref name="word"/> (lower-case) is two English words written as one, each of
    /// <see cref="MinCompoundPart"/> letters or more and neither a name: "videolink", "warplanes"; or a first word of
    /// <see cref="LongCompoundHead"/> letters or more and a second of <see cref="ShortCompoundTail"/>, as chat writes them ("spokesguy").
    /// </summary>
    public static bool IsCompound(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return Enumerable.Range(MinCompoundPart, Math.Max(0, word.Length - MinCompoundPart - ShortCompoundTail + 1))
            .Any(i => (i >= LongCompoundHead || word.Length - i >= MinCompoundPart) && IsPlain(word[..i]) && IsPlain(word[i..]));
    }

    private static bool IsPlain(string word) => !Names.Value.Contains(word) && Contains(word);

    /// <summary>True when <paramref name="word"/> (lower-case) is an English word or an inflection of one, irregular past forms included.</summary>
    public static bool Contains(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return Lemmas.Value.Contains(word) || Bases(word).Any(Lemmas.Value.Contains)
            || (Stemmer.VerbOfIrregularPast(word) is { } verb && Lemmas.Value.Contains(verb)); // "gotten", which the word list does not hold
    }

    /// <summary>The lemmas <paramref name="word"/> may be an inflection of: plurals, third persons, -ing and -ed forms, -ly adverbs.</summary>
    private static IEnumerable<string> Bases(string word)
    {
        if (word.EndsWith("ies", StringComparison.Ordinal) || word.EndsWith("ied", StringComparison.Ordinal))
        {
            yield return word[..^3] + "y";
        }

        foreach (var ending in new[] { "es", "s", "ed", "d", "ing", "ly", "er", "est" })
        {
            if (word.Length > ending.Length + 2 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                var stem = word[..^ending.Length];
                yield return stem;
                yield return stem + "e"; // "meddling" → "meddle"
                if (stem.Length > 2 && stem[^1] == stem[^2])
                {
                    yield return stem[..^1]; // "stopped" → "stop"
                }
            }
        }
    }

    internal static HashSet<string> Load(string file) => new(EmbeddedLists.Lines(file), StringComparer.Ordinal);
}
