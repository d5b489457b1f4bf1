using System.Text.RegularExpressions;

namespace QaBot.Core.Text;

/// <summary>
/// Spells out the acronyms a chat message types for names its passages write in full: "what country hosted the sco
/// meeting" → "what country hosted the Shanghai Cooperation Organisation meeting", "the pla drills" → "the People’s
/// Liberation Army drills", "ccp" → "Chinese Communist Party". Only words the caller marks (in no stored chunk) are
/// touched; each becomes the first run of capitalised words in the passages whose initials spell it, a possessive's
/// "’s" left out of the initials — three letters at least, as two-letter ones match too many names by chance, unless the
/// message types them in capitals ("GE" → "General Electric").
/// </summary>
public static partial class Acronyms
{
    /// <summary>The shortest acronym spelt out.</summary>
    public const int MinLength = 3;

    /// <summary>The longest acronym spelt out.</summary>
    public const int MaxLength = 5;

    /// <summary>True when <paramref name="word"/> (lower-cased) is shaped like an acronym: <see cref="MinLength"/> to <see cref="MaxLength"/> letters.</summary>
    public static bool CouldBe(string word) =>
        word is not null && word.Length is >= MinLength and <= MaxLength && word.All(char.IsAsciiLetter);

    /// <summary>
    /// True when <paramref name="word"/> (lower-cased) is shaped like an acronym (<see cref="CouldBe(string)"/>), or is two
    /// letters that <paramref name="message"/> types in capitals ("what is GE asking the us government": General Electric).
    /// </summary>
    public static bool CouldBe(string word, string message) =>
        CouldBe(word) || (word is { Length: 2 } && word.All(char.IsAsciiLetter) && message is not null
            && WordTokens.AsWritten(message).Contains(word.ToUpperInvariant(), StringComparer.Ordinal));

    /// <summary>
    /// <paramref name="question"/> with each word of <paramref name="acronyms"/> replaced by the name it stands for in
    /// <paramref name="passages"/>, when one does.
    /// </summary>
    public static string Expand(string question, IReadOnlySet<string> acronyms, IEnumerable<string> passages)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(acronyms);
        ArgumentNullException.ThrowIfNull(passages);
        if (acronyms.Count == 0)
        {
            return question;
        }

        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var passage in passages)
        {
            foreach (Match run in CapitalisedRun().Matches(passage))
            {
                // The capitalised words give the initials, with or without the small words between them ("Initiative on
                // Critical and Emerging Technologies" is "icet", "Department of Defense" is "dod").
                var words = run.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                var capitals = Enumerable.Range(0, words.Length).Where(i => char.IsUpper(words[i][0])).ToList();
                foreach (var first in capitals)
                {
                    foreach (var last in capitals.Where(i => i > first).Take(MaxLength - 1))
                    {
                        var span = words[first..(last + 1)];
                        // "and" joins two names more often than it is part of one: "United States and NATO" is no "san".
                        var all = string.Concat(span.Where(w => w != "and").Select(w => char.ToLowerInvariant(w[0])));
                        var capital = string.Concat(span.Where(w => char.IsUpper(w[0])).Select(w => char.ToLowerInvariant(w[0])));
                        foreach (var initials in (string[])[capital, all])
                        {
                            if (initials.Length <= MaxLength && acronyms.Contains(initials))
                            {
                                names.TryAdd(initials, WithoutFullStop(string.Join(' ', span)));
                            }
                        }
                    }
                }
            }
        }

        return names.Count == 0 ? question : Word().Replace(question, m => names.TryGetValue(m.Value.ToLowerInvariant(), out var name) ? name : m.Value);
    }

    /// <summary>A name that ends a sentence without the sentence's full stop ("…Department of Defense."), an abbreviation's kept ("D.C.").</summary>
    private static string WithoutFullStop(string name) =>
        name.EndsWith('.') && !name[(name.LastIndexOf(' ') + 1)..^1].Contains('.', StringComparison.Ordinal) ? name[..^1] : name;

    /// <summary>
    /// Two or more capitalised words in a row, with the small words a name may hold between them ("Shanghai Cooperation
    /// Organisation", "China’s People’s Liberation Army", "Initiative on Critical and Emerging Technologies").
    /// </summary>
    [GeneratedRegex(CapitalisedWords.Word + @"(?:\s+(?:(?:of|on|and|for|the)\s+){0,2}" + CapitalisedWords.Word + ")+")]
    private static partial Regex CapitalisedRun();

    [GeneratedRegex(@"\b\p{L}+\b")]
    private static partial Regex Word();
}
