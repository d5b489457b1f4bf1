using QaBot.Core.Text;

namespace QaBot.Core.Retrieval;

/// <summary>The content words of a passage and their stems, for fast repeated matching.</summary>
public sealed class PassageWords
{
    private PassageWords(HashSet<string> words, HashSet<string> stems, HashSet<string> countries)
    {
        Words = words;
        Stems = stems;
        Countries = countries;
    }

    /// <summary>Distinct content words.</summary>
    public HashSet<string> Words { get; }

    /// <summary>Their stems.</summary>
    public HashSet<string> Stems { get; }

    /// <summary>The stems of the countries whose capitals the passage names (<see cref="Stemmer.CountryOfCapital"/>): "Moscow" is Russia's government.</summary>
    public HashSet<string> Countries { get; }

    /// <summary>
    /// True when the passage says <paramref name="term"/>: the word, its stem, or the country it names by its capital, so
    /// "what was ukraine accusing russia of" meets "The Ukrainian government has accused Moscow…". Only this way round:
    /// "visit moscow" does not meet every "Russian President…".
    /// </summary>
    public bool Has(WeightedTerm term)
    {
        ArgumentNullException.ThrowIfNull(term);
        return Has(term.Word, term.Stem);
    }

    /// <summary>True when the passage says the lower-case <paramref name="word"/> as <see cref="Has(WeightedTerm)"/> reads it.</summary>
    public bool Has(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return Has(word, Stemmer.Stem(word));
    }

    private bool Has(string word, string stem) =>
        Words.Contains(word) || Stems.Contains(stem) || Countries.Contains(stem) || Synonyms.Of(stem).Any(Stems.Contains);

    /// <summary>
    /// Tokenises <paramref name="text"/>, the country read as "United States" however it is written ("US", "U.S.", "the
    /// us"), as the question is (<see cref="Answering.QuestionIntent.UnitedStatesSpelledOut"/>): "us" is otherwise the
    /// pronoun, a stop word, and "which us officials are quoted" would miss "US National Security Adviser Jake Sullivan".
    /// </summary>
    public static PassageWords Of(string text)
    {
        var words = new HashSet<string>(WordTokens.Content(Answering.QuestionIntent.UnitedStatesSpelledOut(text)), StringComparer.Ordinal);
        var stems = new HashSet<string>(words.Select(Stemmer.Stem), StringComparer.Ordinal);
        var countries = new HashSet<string>(words.Select(Stemmer.CountryOfCapital).OfType<string>(), StringComparer.Ordinal);
        return new PassageWords(words, stems, countries);
    }
}
