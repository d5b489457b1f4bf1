using System.Globalization;
using System.Text.RegularExpressions;
using QaBot.Core.Embeddings;
using QaBot.Core.Retrieval;
using QaBot.Core.Text;

namespace QaBot.Core.Answering;

/// <summary>
/// Finds the specifics of a question that no stored article mentions: a number or year found in no chunk and no
/// article date ("trade in 2025"), or a name found nowhere and with no close word in the passages ("FIFA").
/// An absent number always means "not in the articles"; an absent name raises the bar the answer must clear
/// (a question may name a source the text never repeats, e.g. "according to Newsweek").
/// </summary>
public static partial class AbsentTerms
{
    private const double NameSimilarity = 0.7;

    /// <summary>Numbers and names of the question that the articles never mention.</summary>
    public static (IReadOnlyList<string> Numbers, IReadOnlyList<string> Names) Find(string question, RetrievalResult retrieval, WordVectors? vectors)
    {
        var names = ProperNouns(question);
        var years = retrieval.Chunks
            .Select(c => c.Chunk.Date?.Year.ToString(CultureInfo.InvariantCulture))
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        var numbers = new List<string>();
        var absentNames = new List<string>();
        foreach (var term in retrieval.Terms.Where(t => t.DocumentFrequency == 0))
        {
            if (term.IsNumber && !years.Contains(term.Word))
            {
                numbers.Add(term.Word);
            }
            else if (!term.IsNumber && names.Contains(term.Word) && !HasCloseWord(term.Word, retrieval, vectors))
            {
                absentNames.Add(term.Word);
            }
        }

        return (numbers, absentNames);
    }

    /// <summary>Lower-cased capitalised words that do not start a sentence: the names in a question.</summary>
    private static HashSet<string> ProperNouns(string question)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in CapitalisedWord().Matches(question))
        {
            var start = m.Index == 0 || SentenceStart().IsMatch(question[..m.Index]);
            if (!start)
            {
                names.UnionWith(WordTokens.Of(m.Value));
            }
        }

        return names;
    }

    private static bool HasCloseWord(string word, RetrievalResult retrieval, WordVectors? vectors)
    {
        if (vectors is null)
        {
            return false;
        }

        return retrieval.Chunks
            .SelectMany(c => PassageWords.Of(c.Chunk.Text).Words)
            .Distinct(StringComparer.Ordinal)
            .Any(w => vectors.Similarity(word, w) >= NameSimilarity);
    }

    [GeneratedRegex(@"\b\p{Lu}[\p{L}\p{Nd}]+")]
    private static partial Regex CapitalisedWord();

    [GeneratedRegex(@"[.!?]\s*$|^\s*$")]
    private static partial Regex SentenceStart();
}
