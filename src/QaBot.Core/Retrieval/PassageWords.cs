using QaBot.Core.Text;

namespace QaBot.Core.Retrieval;

/// <summary>The content words of a passage and their stems, for fast repeated matching.</summary>
public sealed class PassageWords
{
    private PassageWords(HashSet<string> words, HashSet<string> stems)
    {
        Words = words;
        Stems = stems;
    }

    /// <summary>Distinct content words.</summary>
    public HashSet<string> Words { get; }

    /// <summary>Their stems.</summary>
    public HashSet<string> Stems { get; }

    /// <summary>
    /// Tokenises <paramref name="text"/>, the country read as "United States" however it is written ("US", "U.S.", "the
    /// us"), as the question is (<see cref="Answering.QuestionIntent.UnitedStatesSpelledOut"/>): "us" is otherwise the
    /// pronoun, a stop word, and "which us officials are quoted" would miss "US National Security Adviser Jake Sullivan".
    /// </summary>
    public static PassageWords Of(string text)
    {
        var words = new HashSet<string>(WordTokens.Content(Answering.QuestionIntent.UnitedStatesSpelledOut(text)), StringComparer.Ordinal);
        var stems = new HashSet<string>(words.Select(Stemmer.Stem), StringComparer.Ordinal);
        return new PassageWords(words, stems);
    }
}
