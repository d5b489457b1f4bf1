using System.Text.RegularExpressions;

namespace QaBot.Core.Text;

/// <summary>
/// Mends the typos of a chat message against the words of the passages it found: "who did kishda meet" → "who did
/// kishida meet", "stoltenburg" → "stoltenberg", "ukrane" → "ukraine". Only words the caller marks as misspelt are
/// touched (in no stored chunk and not a dictionary word); each becomes a passage word one edit away (a letter added,
/// dropped, changed, or two neighbours swapped) that starts with the same letter, the most frequent if several are —
/// or, when no passage word is that near, the most common dictionary word one edit away for a word of six letters or
/// more ("fgihting" → "fighting", "descirbe" → "describe": the word asked about need not be written in the passages
/// that answer; "gist" stays). Two edits would
/// turn real words into others ("massing" → "massive").
/// </summary>
public static partial class SpellingCorrection
{
    /// <summary>Words shorter than this are left alone: too many real words lie one edit from them.</summary>
    public const int MinLength = 4;

    /// <summary>
    /// Words shorter than this are not mended from the dictionary: a short word the dictionary lacks is often a real one
    /// ("gist" is not "gift"), and a typo is more often made in a long word.
    /// </summary>
    public const int DictionaryMinLength = 6;

    /// <summary>
    /// <paramref name="question"/> with each word in <paramref name="misspelt"/> replaced by its correction, if one is near
    /// enough: a passage word, else a word of the store (<paramref name="storeWords"/>: words one edit away and how many
    /// chunks hold them — in a large store the passages a typo finds may be none of those that name what was meant), else
    /// a word of the <paramref name="dictionary"/> (a word's rank in it, lower for a more common word, or null for no
    /// word; none when not given).
    /// </summary>
    public static string Correct(string question, IReadOnlySet<string> misspelt, IEnumerable<string> passageWords, Func<string, int?>? dictionary = null, IReadOnlyDictionary<string, long>? storeWords = null)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(misspelt);
        ArgumentNullException.ThrowIfNull(passageWords);
        if (misspelt.Count == 0)
        {
            return question;
        }

        var frequency = Frequencies(passageWords);
        var stored = storeWords?.Where(p => p.Value > 0).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal) ?? [];
        return Word().Replace(question, m =>
        {
            var tokens = WordTokens.Of(m.Value);
            return tokens.Count == 1 && misspelt.Contains(tokens[0]) && (Closest(tokens[0], frequency) ?? Closest(tokens[0], stored) ?? CommonestNear(tokens[0], dictionary)) is { } fix
                ? fix : m.Value;
        });
    }

    /// <summary>
    /// <paramref name="question"/> with a misspelt question word at its start mended: "waht did xi call putin" → "what did
    /// xi call putin", "hwo many drones…" → "how many drones…", "wehre did they meet" → "where did they meet". Only the
    /// first word (after an opening "and", "so", "ok"…) is looked at, and only when it lies one edit from a single question
    /// word and either is no word (<paramref name="isWord"/>) or comes before "did", "is", "many"… ("wat did", not "hot
    /// take"); "hwo", as near "how" as "who", is read as "how" only before "many", "much", "long"…. The question word
    /// decides what kind of answer is sought, so it is mended before anything reads the question.
    /// </summary>
    public static string MendQuestionWord(string question, Func<string, bool> isWord)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(isWord);
        var match = OpeningWord().Match(question);
        if (!match.Success)
        {
            return question;
        }

        var word = match.Groups["word"].Value;
        var lower = word.ToLowerInvariant();
        if (QuestionWords.Contains(lower) || StopWords.Contains(lower))
        {
            return question;
        }

        var near = QuestionWords.Where(q => Math.Abs(q.Length - lower.Length) <= 1 && Distance(lower, q) == 1).ToList();
        var next = match.Groups["next"].Value.ToLowerInvariant();
        if (isWord(lower) && !HowWords.Contains(next) && !QuestionFollowers.Contains(next))
        {
            return question;
        }

        var fix = near.Count == 1 ? near[0]
            : near.Contains("how") && HowWords.Contains(next) ? "how"
            : null;
        if (fix is null)
        {
            return question;
        }

        var cased = char.IsUpper(word[0]) ? char.ToUpperInvariant(fix[0]) + fix[1..] : fix;
        return string.Concat(question.AsSpan(0, match.Groups["word"].Index), cased, question.AsSpan(match.Groups["word"].Index + word.Length));
    }

    private static readonly HashSet<string> QuestionWords = new(StringComparer.Ordinal) { "what", "who", "when", "where", "which", "why", "how", "whose" };

    /// <summary>Words that follow "how" and never "who": they tell a misspelt "hwo" apart.</summary>
    private static readonly HashSet<string> HowWords = new(StringComparer.Ordinal) { "many", "much", "long", "far", "old", "often", "big", "large", "soon", "come", "close" };

    /// <summary>Words that follow a question word at the start of a question.</summary>
    private static readonly HashSet<string> QuestionFollowers = new(StringComparer.Ordinal)
    {
        "is", "are", "was", "were", "did", "do", "does", "has", "have", "had", "will", "would", "can", "could", "should", "happened",
    };

    /// <summary>The most frequent passage word one edit from <paramref name="word"/>, or null.</summary>
    /// <summary>
    /// The words of <paramref name="misspelt"/> that no word of <paramref name="passageWords"/> mends (none is near enough
    /// to be taken for them by <see cref="Correct"/>): those a word of the store, one edit away, may mend instead.
    /// </summary>
    public static IEnumerable<string> NotMendedBy(IReadOnlySet<string> misspelt, IEnumerable<string> passageWords)
    {
        ArgumentNullException.ThrowIfNull(misspelt);
        ArgumentNullException.ThrowIfNull(passageWords);
        var frequency = Frequencies(passageWords);
        return misspelt.Where(w => w.Length >= MinLength && Closest(w, frequency) is null);
    }

    private static Dictionary<string, long> Frequencies(IEnumerable<string> words) =>
        words.GroupBy(w => w, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (long)g.Count(), StringComparer.Ordinal);

    private static string? Closest(string word, Dictionary<string, long> frequency)
    {
        if (word.Length < MinLength)
        {
            return null;
        }

        const int allowed = 1;
        return frequency
            .Where(p => p.Key[0] == word[0] && Math.Abs(p.Key.Length - word.Length) <= allowed && p.Key != word)
            .Select(p => (Word: p.Key, Count: p.Value, Distance: Distance(word, p.Key)))
            .Where(c => c.Distance <= allowed)
            .OrderByDescending(c => c.Count)
            .Select(c => c.Word)
            .FirstOrDefault();
    }

    /// <summary>The most common word of <paramref name="dictionary"/> one edit from <paramref name="word"/> that starts with the same letter, or null.</summary>
    private static string? CommonestNear(string word, Func<string, int?>? dictionary)
    {
        if (dictionary is null || word.Length < DictionaryMinLength)
        {
            return null;
        }

        return OneEditAway(word).Select(e => (Word: e, Rank: dictionary(e))).Where(e => e.Rank is not null).OrderBy(e => e.Rank).Select(e => e.Word).FirstOrDefault();
    }

    /// <summary>
    /// The words one edit from <paramref name="word"/> (a letter added, dropped or changed, or two neighbours swapped)
    /// that keep its first letter: the candidates a typo is mended to.
    /// </summary>
    public static IReadOnlyCollection<string> OneEditAway(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        const string letters = "abcdefghijklmnopqrstuvwxyz";
        var edits = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 1; i <= word.Length; i++)
        {
            if (i < word.Length)
            {
                edits.Add(word.Remove(i, 1));
            }

            if (i < word.Length - 1)
            {
                edits.Add(string.Concat(word.AsSpan(0, i), word[i + 1].ToString(), word[i].ToString(), word.AsSpan(i + 2)));
            }

            foreach (var letter in letters)
            {
                edits.Add(word.Insert(i, letter.ToString()));
                if (i < word.Length)
                {
                    edits.Add(string.Concat(word.AsSpan(0, i), letter.ToString(), word.AsSpan(i + 1)));
                }
            }
        }

        edits.Remove(word);
        return edits;
    }

    /// <summary>Edits (insert, delete, replace, swap two neighbours) that turn <paramref name="a"/> into <paramref name="b"/>.</summary>
    public static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    [GeneratedRegex(@"[\p{L}\p{M}\p{N}]+")]
    private static partial Regex Word();

    /// <summary>A message's first word (or the one after an opening "and", "so", "ok"…), without an "'s", and the word after it.</summary>
    [GeneratedRegex(@"^\W*(?:(?:and|so|ok|okay|but|also|hey|hi|um|well)\W+)?(?<word>\p{L}{2,6}?)(?:['’]?s)?\b\W*(?<next>\p{L}*)", RegexOptions.IgnoreCase)]
    private static partial Regex OpeningWord();
}
