using System.Text;
using QaBot.Core.Chunking;

namespace QaBot.Core.Articles;

/// <summary>
/// Removes what scrapers duplicate: repeated paragraphs (a headline or standfirst printed twice), repeated
/// sentences (a closing line printed twice), and a paragraph that only restates earlier sentences (a photo
/// caption repeated after the text that already contains it, possibly slightly reworded). The first occurrence stays.
/// </summary>
internal static class DuplicateRemover
{
    /// <summary>Shorter sentences ("He said no.") may legitimately repeat and are never removed on their own.</summary>
    private const int MinSentenceKeyLength = 25;

    private const double NearDuplicateSimilarity = 0.7;
    private const int MinNearDuplicateWords = 6;

    public static List<string> Remove(IReadOnlyList<string> paragraphs, List<string> removed)
    {
        var seenParagraphs = new HashSet<string>(StringComparer.Ordinal);
        var firstParagraphOfSentence = new Dictionary<string, int>(StringComparer.Ordinal);
        var output = new List<string>();
        var outputSentences = new List<List<string>>();

        foreach (string paragraph in paragraphs)
        {
            if (!seenParagraphs.Add(Key(paragraph)))
            {
                removed.Add($"duplicated paragraph: {paragraph}");
                continue;
            }
            var sentences = SentenceSplitter.SplitToStrings(paragraph);
            if (RestatesEarlierParagraph(sentences, firstParagraphOfSentence, outputSentences))
            {
                removed.Add($"paragraph repeating earlier sentences: {paragraph}");
                continue;
            }

            var kept = new List<string>(sentences.Count);
            foreach (string sentence in sentences)
            {
                string key = Key(sentence);
                if (key.Length >= MinSentenceKeyLength && !firstParagraphOfSentence.TryAdd(key, output.Count))
                {
                    removed.Add($"duplicated sentence: {sentence}");
                    continue;
                }
                kept.Add(sentence);
            }
            if (kept.Count > 0)
            {
                output.Add(kept.Count == sentences.Count ? paragraph : string.Join(' ', kept));
                outputSentences.Add(kept);
            }
        }
        return output;
    }

    private static bool RestatesEarlierParagraph(
        IReadOnlyList<string> sentences, Dictionary<string, int> firstParagraphOfSentence, List<List<string>> outputSentences)
    {
        var sources = new HashSet<int>();
        foreach (string sentence in sentences)
        {
            string key = Key(sentence);
            if (key.Length >= MinSentenceKeyLength && firstParagraphOfSentence.TryGetValue(key, out int source))
            {
                sources.Add(source);
            }
        }
        if (sources.Count == 0 || sentences.Count < 2)
        {
            return false; // a lone repeated sentence is handled sentence by sentence
        }
        var earlier = sources.SelectMany(i => outputSentences[i]).Select(Words).ToList();
        return sentences.All(s =>
        {
            string key = Key(s);
            if (key.Length >= MinSentenceKeyLength && firstParagraphOfSentence.ContainsKey(key))
            {
                return true;
            }
            var words = Words(s);
            return words.Count >= MinNearDuplicateWords && earlier.Any(e => e.Count >= MinNearDuplicateWords && Jaccard(words, e) >= NearDuplicateSimilarity);
        });
    }

    /// <summary>Comparison key: lower-case letters and digits, words separated by one space.</summary>
    internal static string Key(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (sb.Length > 0 && sb[^1] != ' ')
            {
                sb.Append(' ');
            }
        }
        return sb.ToString().TrimEnd();
    }

    private static HashSet<string> Words(string text) =>
        Key(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);

    private static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        int common = a.Count(b.Contains);
        return (double)common / (a.Count + b.Count - common);
    }
}
