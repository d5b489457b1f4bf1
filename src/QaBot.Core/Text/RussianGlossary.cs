using System.Text;
using System.Text.RegularExpressions;

namespace QaBot.Core.Text;

/// <summary>
/// Puts a Russian question into English word by word, for the offline path, where no model translates
/// ("Какой объём торговли между Россией и Китаем был достигнут в 2023 году?" → "what volume trade between Russia and
/// China was reached in 2023?"): each word, or phrase, is looked up in <c>russian-glossary.txt</c> (embedded), its
/// ending allowed to vary (the longest entry wins); "году" after a year is dropped; a word the glossary lacks is spelt in
/// Latin letters when it is written with a capital inside the sentence ("Жуковский" → "Zhukovsky", a name) and left out
/// otherwise. Rough English, but the English articles can be searched and read with it.
/// </summary>
public static partial class RussianGlossary
{
    /// <summary>How many letters of ending a stem entry (<c>торгов*</c>) lets a word add (<c>торговлей</c>).</summary>
    private const int MaxEnding = 5;

    /// <summary>The most words of one glossary phrase looked up ("в каком году", "северн* коре*").</summary>
    private const int MaxPhraseWords = 4;

    private static readonly Lazy<IReadOnlyList<Entry>> Entries = new(Load);

    /// <summary>True when <paramref name="text"/> holds Cyrillic words to translate.</summary>
    public static bool HasRussian(string text) => Cyrillic().IsMatch(text ?? "");

    /// <summary><paramref name="text"/> with its Russian words put into English; the rest (numbers, Latin words, punctuation) as it is.</summary>
    public static string Translate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // "Как Си назвал Путина?" asks what Xi called Putin, not how he did.
        text = HowCalled().Replace(text, m => "what did " + m.Groups["who"].Value + " call ");
        var tokens = Token().Matches(text).Select(m => m.Value).ToList();
        var output = new List<string>();
        for (var i = 0; i < tokens.Count;)
        {
            if (string.IsNullOrWhiteSpace(tokens[i]))
            {
                i++;
                continue;
            }

            if (!IsCyrillicWord(tokens[i]))
            {
                output.Add(tokens[i]);
                i++;
                continue;
            }

            if (IsYearWord(tokens[i]) && PreviousWord(output) is { } previous && YearNumber().IsMatch(previous))
            {
                i++; // "в 2023 году": the year says it
                continue;
            }

            var (entry, length) = Match(tokens, i);
            if (entry is null)
            {
                if (IsName(tokens[i], PreviousWord(output)))
                {
                    output.Add(Transliterate(tokens[i]));
                }

                i++;
                continue;
            }

            if (entry.English.Length > 0)
            {
                output.Add(entry.English);
            }

            i += length;
        }

        return string.Concat(output.Select((t, k) => k > 0 && !ClosingPunctuation().IsMatch(t) && !OpeningPunctuation().IsMatch(output[k - 1]) ? " " + t : t));
    }

    /// <summary>The longest entry that matches the words from <paramref name="start"/> (a phrase before a single word), with how many words it takes.</summary>
    private static (Entry? Entry, int Words) Match(List<string> tokens, int start)
    {
        var words = new List<(string Word, int Token)>();
        for (var k = start; k < tokens.Count && words.Count < MaxPhraseWords; k++)
        {
            if (IsCyrillicWord(tokens[k]))
            {
                words.Add((TextFolding.Fold(tokens[k]), k));
            }
            else if (!string.IsNullOrWhiteSpace(tokens[k]))
            {
                break;
            }
        }

        Entry? best = null;
        var bestScore = -1;
        var taken = 1;
        foreach (var entry in Entries.Value)
        {
            if (entry.Words.Length > words.Count)
            {
                continue;
            }

            var score = 0;
            var fits = true;
            for (var w = 0; w < entry.Words.Length && fits; w++)
            {
                var (key, stem) = entry.Words[w];
                var word = words[w].Word;
                fits = stem ? word.StartsWith(key, StringComparison.Ordinal) && word.Length - key.Length <= MaxEnding : word == key;
                score += key.Length + (stem ? 0 : 1); // a whole word beats a stem of its length
            }

            if (fits && (entry.Words.Length > (best?.Words.Length ?? 0) || (entry.Words.Length == best!.Words.Length && score > bestScore)))
            {
                best = entry;
                bestScore = score;
                taken = words[entry.Words.Length - 1].Token - start + 1;
            }
        }

        return (best, taken);
    }

    /// <summary>
    /// True when a word the glossary lacks is written with a capital inside the sentence: a name, spelt in Latin letters.
    /// Any other such word is left out, since spelt in Latin letters it would read as a name no article mentions.
    /// </summary>
    private static bool IsName(string word, string? previous) =>
        char.IsUpper(word[0]) && previous is not null && !SentenceEnd().IsMatch(previous);

    /// <summary>A word the glossary lacks in Latin letters, capitalised as written: a name, most often.</summary>
    private static string Transliterate(string word)
    {
        var latin = new StringBuilder();
        var ending = AdjectiveEnding().Match(word); // "Жуковский" → "Zhukovsky", as English writes such names
        foreach (var c in ending.Success ? word[..ending.Index] : word)
        {
            var lower = char.ToLowerInvariant(c);
            var index = Alphabet.IndexOf(lower, StringComparison.Ordinal);
            var spelt = index < 0 ? c.ToString() : Latin[index];
            latin.Append(char.IsUpper(c) && spelt.Length > 0 ? char.ToUpperInvariant(spelt[0]) + spelt[1..] : spelt);
        }

        return latin.Append(ending.Success ? "y" : "").ToString();
    }

    private const string Alphabet = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";

    private static readonly string[] Latin =
        ["a", "b", "v", "g", "d", "e", "yo", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"];

    private static bool IsCyrillicWord(string token) => Cyrillic().IsMatch(token);

    private static bool IsYearWord(string token) => TextFolding.Fold(token) is "год" or "году" or "года" or "г";

    private static string? PreviousWord(List<string> output) => output.Count > 0 ? output[^1] : null;

    private static IReadOnlyList<Entry> Load()
    {
        var entries = new List<Entry>();
        foreach (var line in EmbeddedLists.Lines("russian-glossary.txt"))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var russian = (tab < 0 ? line : line[..tab]).Trim();
            var english = tab < 0 ? "" : line[(tab + 1)..].Trim();
            var words = russian.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(w => w.EndsWith('*') ? (TextFolding.Fold(w[..^1]), true) : (TextFolding.Fold(w), false)).ToArray();
            entries.Add(new Entry(words, english));
        }

        return entries;
    }

    private sealed record Entry((string Key, bool Stem)[] Words, string English);

    /// <summary>"Как … назвал(а/и)…" at the start of a question: what someone called someone.</summary>
    [GeneratedRegex(@"^\s*как\s+(?<who>[^?]+?)\s+(?:назвал[аи]?|называ\p{L}*|назовет|назовут)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex HowCalled();

    [GeneratedRegex(@"(?<=\p{L}{2})[иы]й$", RegexOptions.IgnoreCase)]
    private static partial Regex AdjectiveEnding();

    [GeneratedRegex(@"^[.!?:]$")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\p{IsCyrillic}")]
    private static partial Regex Cyrillic();

    /// <summary>Words (with inner hyphens), numbers, spaces and single other characters.</summary>
    [GeneratedRegex(@"[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+|(?<=\d)[.,:/]\d+)*|\s+|.")]
    private static partial Regex Token();

    [GeneratedRegex(@"^(?:1[89]|20)\d\d$")]
    private static partial Regex YearNumber();

    [GeneratedRegex(@"^[?!.,;:)\]»”]$")]
    private static partial Regex ClosingPunctuation();

    [GeneratedRegex(@"^[(\[«“$€]$")]
    private static partial Regex OpeningPunctuation();

}
