namespace QaBot.Core.Text;

/// <summary>
/// Words the news and the people asking about it use for one thing (<c>news-synonyms.txt</c>, embedded): "ties" and
/// "relations", "meddling" and "interference", "enemy" and "opponent". A question's word is met by a passage that says
/// another word of its group (<see cref="Retrieval.PassageWords.Has(Retrieval.WeightedTerm)"/>), matched by stem.
/// </summary>
public static class Synonyms
{
    private static readonly Lazy<Dictionary<string, string[]>> Groups = new(Load);

    /// <summary>The stems of the words that mean what the word with stem <paramref name="stem"/> means (not itself); none for most words.</summary>
    public static IReadOnlyList<string> Of(string stem)
    {
        ArgumentNullException.ThrowIfNull(stem);
        return Groups.Value.TryGetValue(stem, out var others) ? others : [];
    }

    /// <summary>The words of the list that mean what <paramref name="word"/> means, as the list writes them (not the word's own stem's): "navies" → "navy", "naval".</summary>
    public static IReadOnlyList<string> WordsFor(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var stem = Stemmer.Stem(word);
        return Words.Value.TryGetValue(stem, out var words) ? [.. words.Where(w => Stemmer.Stem(w) != stem)] : [];
    }

    private static readonly Lazy<Dictionary<string, string[]>> Words = new(() =>
        EmbeddedLists.Lines("news-synonyms.txt")
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .SelectMany(group => group.Select(w => (Stem: Stemmer.Stem(w), Group: group)))
            .GroupBy(x => x.Stem, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.SelectMany(x => x.Group).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal));

    private static Dictionary<string, string[]> Load()
    {
        var groups = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var line in EmbeddedLists.Lines("news-synonyms.txt"))
        {
            var stems = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Stemmer.Stem).Distinct(StringComparer.Ordinal).ToList();
            foreach (var stem in stems)
            {
                if (!groups.TryGetValue(stem, out var others))
                {
                    groups[stem] = others = new HashSet<string>(StringComparer.Ordinal);
                }

                others.UnionWith(stems.Where(s => s != stem));
            }
        }

        return groups.ToDictionary(g => g.Key, g => g.Value.ToArray(), StringComparer.Ordinal);
    }
}
