namespace QaBot.Core.Text;

/// <summary>
/// Decides whether two lower-case English words are inflections of one word: "border"/"borders",
/// "invade"/"invaded"/"invading", "country"/"countries", "stop"/"stopped". Two words qualify when <see cref="Stemmer"/>
/// (Porter2's inflectional steps) gives them the same stem <em>and</em> they differ only by inflectional endings
/// (-s, -es, -ed, -d, -ing, -e, y/ies/ied, a doubled final consonant). The second test keeps out what a stem can still
/// share without being one word's inflection ("general"/"generally"). Words with other letters than a–z (numbers,
/// Cyrillic) only match themselves.
/// </summary>
public static class WordForms
{
    private static readonly string[] Endings = ["", "s", "es", "e", "ed", "d", "ing"];
    private static readonly string[] YEndings = ["y", "ies", "ied"];

    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> are the same word or inflections of one word.</summary>
    public static bool Same(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return true;
        }

        return a.Length > 1 && b.Length > 1 && a[0] == b[0] && IsEnglish(a) && IsEnglish(b)
            && string.Equals(Stemmer.Stem(a), Stemmer.Stem(b), StringComparison.Ordinal) && DifferOnlyByEndings(a, b);
    }

    /// <summary>
    /// True when <paramref name="noun"/> and <paramref name="word"/> are the same word or one's plural of the other
    /// ("warhead"/"warheads", "country"/"countries"), not a verb's form: the "weather" a question asks about is not the
    /// "weathered" of a sentence.
    /// </summary>
    public static bool SameNoun(string noun, string word)
    {
        ArgumentNullException.ThrowIfNull(noun);
        ArgumentNullException.ThrowIfNull(word);
        var (restA, restB, _) = Rests(noun, word);
        return IsPlural(restA, restB) || IsPlural(restB, restA);
    }

    /// <summary>True when the rests after a shared part make a singular and its plural: "" and "s" or "es", "y" and "ies" (or nothing and nothing).</summary>
    private static bool IsPlural(string singular, string plural) => (singular, plural) is ("", "" or "s" or "es") or ("y", "ies");

    private static bool DifferOnlyByEndings(string a, string b)
    {
        var (restA, restB, common) = Rests(a, b);
        return (IsEnding(restA, a, common) && IsEnding(restB, b, common))
            || (YEndings.Contains(restA) && YEndings.Contains(restB));
    }

    /// <summary>What is left of <paramref name="a"/> and <paramref name="b"/> after the letters they start with in common, and how many those are.</summary>
    private static (string RestA, string RestB, int Common) Rests(string a, string b)
    {
        var common = 0;
        while (common < a.Length && common < b.Length && a[common] == b[common])
        {
            common++;
        }

        return (a[common..], b[common..], common);
    }

    // An inflectional ending after the shared part, possibly behind a doubled final consonant ("stop" + "ped").
    private static bool IsEnding(string rest, string word, int common) =>
        Endings.Contains(rest)
        || (rest.Length > 1 && common > 0 && rest[0] == word[common - 1] && !IsVowel(rest[0]) && rest[1..] is "ed" or "ing");

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static bool IsEnglish(string word) => word.All(c => c is >= 'a' and <= 'z');
}
