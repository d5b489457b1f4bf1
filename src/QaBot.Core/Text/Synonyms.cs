namespace QaBot.Core.Text;

/// <summary>
/// Words the news and the people asking about it use for one thing (<c>news-synonyms.txt</c>, embedded): "ties" and
/// "relations", "meddling" and "interference", "enemy" and "opponent". A question's word is met by a passage that says
/// another word of its group (<see cref="Retrieval.PassageWords.Has(Retrieval.WeightedTerm)"/>), matched by stem.
/// </summary>
public static class Synonyms
{
    private static readonly Lazy<Dictionary<string, Group>> Groups = new(Load);

    /// <summary>What one word's stem means the same as: the other stems and, as the list writes them, the other words.</summary>
    private sealed record Group(string[] Stems, string[] Words);

    /// <summary>The stems of the words that mean what the word with stem <paramref name="stem"/> means (not itself); none for most words.</summary>
    public static IReadOnlyList<string> Of(string stem)
    {
        ArgumentNullException.ThrowIfNull(stem);
        return Groups.Value.TryGetValue(stem, out var group) ? group.Stems : [];
    }

    /// <summary>The words of the list that mean what <paramref name="word"/> means, as the list writes them (not the word's own stem's): "navies" → "navy", "naval".</summary>
    public static IReadOnlyList<string> WordsFor(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return Groups.Value.TryGetValue(Stemmer.Stem(word), out var group) ? group.Words : [];
    }

    private static Dictionary<string, Group> Load()
    {
        var groups = new Dictionary<string, (HashSet<string> Stems, HashSet<string> Words)>(StringComparer.Ordinal);
        foreach (var line in EmbeddedLists.Lines("news-synonyms.txt"))
        {
            var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => (Word: w, Stem: Stemmer.Stem(w))).ToList();
            foreach (var stem in words.Select(w => w.Stem).Distinct(StringComparer.Ordinal))
            {
                if (!groups.TryGetValue(stem, out var others))
                {
                    groups[stem] = others = (new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal));
                }

                var other = words.Where(w => w.Stem != stem).ToList();
                others.Stems.UnionWith(other.Select(w => w.Stem));
                others.Words.UnionWith(other.Select(w => w.Word));
            }
        }

        return groups.ToDictionary(g => g.Key, g => new Group([.. g.Value.Stems], [.. g.Value.Words]), StringComparer.Ordinal);
    }
}
