using System.Text;

namespace QaBot.Core.Text;

/// <summary>
/// Porter2's regions and steps 1a, 1b, 1c, step 2's adverb endings and 5 (final e, double l) on one word, following the Snowball English stemmer's
/// definitions: vowels a e i o u y (a y that starts the word or follows a vowel is a consonant), R1 the part after the
/// first non-vowel that follows a vowel ("gener", "commun", "arsen" count whole), R2 the same inside R1.
/// </summary>
internal static class Porter2Word
{
    private static readonly string[] DoubleEndings = ["bb", "dd", "ff", "gg", "mm", "nn", "pp", "rr", "tt"];

    private static readonly (string Suffix, string Replacement)[] AdverbEndings =
        [("lessli", "less"), ("ousli", "ous"), ("fulli", "ful"), ("entli", "ent"), ("alli", "al"), ("abli", "able")];

    public static string Inflectional(string word)
    {
        var w = new StringBuilder(word);
        for (var i = 0; i < w.Length; i++)
        {
            if (w[i] == 'y' && (i == 0 || IsVowel(w, i - 1)))
            {
                w[i] = 'Y';
            }
        }

        Step1A(w);
        Step1B(w);
        Step1C(w);
        Step2Adverbs(w);
        Step5(w);
        return w.ToString().ToLowerInvariant();
    }

    private static void Step1A(StringBuilder w)
    {
        if (EndsWith(w, "sses"))
        {
            w.Length -= 2;
        }
        else if (EndsWith(w, "ied") || EndsWith(w, "ies"))
        {
            w.Length -= w.Length > 4 ? 2 : 1; // "cries" → "cri", "ties" → "tie"
        }
        else if (EndsWith(w, "s") && !EndsWith(w, "us") && !EndsWith(w, "ss"))
        {
            // Drop the s when a vowel stands before it, but not right before it: "gaps" → "gap", "gas" stays.
            for (var i = 0; i < w.Length - 2; i++)
            {
                if (IsVowel(w, i))
                {
                    w.Length--;
                    return;
                }
            }
        }
    }

    private static void Step1B(StringBuilder w)
    {
        var r1 = R1(w);
        foreach (var suffix in (ReadOnlySpan<string>)["eedly", "eed"])
        {
            if (EndsWith(w, suffix))
            {
                if (w.Length - suffix.Length >= r1)
                {
                    w.Length -= suffix.Length - 2;
                }

                return;
            }
        }

        foreach (var suffix in (ReadOnlySpan<string>)["ingly", "edly", "ing", "ed"])
        {
            if (!EndsWith(w, suffix))
            {
                continue;
            }

            if (!HasVowel(w, w.Length - suffix.Length))
            {
                return;
            }

            w.Length -= suffix.Length;
            if (EndsWith(w, "at") || EndsWith(w, "bl") || EndsWith(w, "iz"))
            {
                w.Append('e');
            }
            else if (DoubleEndings.Any(d => EndsWith(w, d)))
            {
                w.Length--;
            }
            else if (IsShort(w))
            {
                w.Append('e');
            }

            return;
        }
    }

    private static void Step1C(StringBuilder w)
    {
        if (w.Length > 2 && w[^1] is 'y' or 'Y' && !IsVowel(w, w.Length - 2))
        {
            w[^1] = 'i';
        }
    }

    /// <summary>
    /// The adverb endings of Porter2's step 2, inside R1: "personally" → "personal", "recently" → "recent", "carefully" →
    /// "careful", "quickly" → "quick" (-li after c d e g h k m n r t), so a question's adverb meets the passage's adjective
    /// ("do they know each other personally" meets "a personal relationship"). Step 2's other endings are left out with
    /// steps 3–4 (see <see cref="Stemmer"/>).
    /// </summary>
    private static void Step2Adverbs(StringBuilder w)
    {
        var r1 = R1(w);
        foreach (var (suffix, replacement) in AdverbEndings)
        {
            if (EndsWith(w, suffix))
            {
                if (w.Length - suffix.Length >= r1)
                {
                    w.Length -= suffix.Length;
                    w.Append(replacement);
                }

                return;
            }
        }

        if (EndsWith(w, "li") && w.Length >= 3 && w.Length - 2 >= r1 && w[^3] is 'c' or 'd' or 'e' or 'g' or 'h' or 'k' or 'm' or 'n' or 'r' or 't')
        {
            w.Length -= 2;
        }
    }

    private static void Step5(StringBuilder w)
    {
        var r1 = R1(w);
        var last = w.Length - 1;
        if (w[last] == 'e' && (last >= R2(w, r1) || (last >= r1 && !EndsInShortSyllable(w, last))))
        {
            w.Length--;
        }
        else if (w[last] == 'l' && w[last - 1] == 'l' && last >= R2(w, r1))
        {
            w.Length--; // "controlled" → "controll" → "control"
        }
    }

    private static bool IsVowel(StringBuilder w, int i) => w[i] is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static bool HasVowel(StringBuilder w, int end)
    {
        for (var i = 0; i < end; i++)
        {
            if (IsVowel(w, i))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWith(StringBuilder w, string suffix)
    {
        if (w.Length < suffix.Length)
        {
            return false;
        }

        for (var i = 0; i < suffix.Length; i++)
        {
            if (w[w.Length - suffix.Length + i] != suffix[i])
            {
                return false;
            }
        }

        return true;
    }

    private static int R1(StringBuilder w)
    {
        var text = w.ToString();
        foreach (var prefix in (ReadOnlySpan<string>)["gener", "commun", "arsen"])
        {
            if (text.StartsWith(prefix, StringComparison.Ordinal))
            {
                return prefix.Length;
            }
        }

        return RegionAfter(w, 0);
    }

    private static int R2(StringBuilder w, int r1) => RegionAfter(w, r1);

    /// <summary>Start of the region after the first non-vowel that follows a vowel, looking from <paramref name="from"/>.</summary>
    private static int RegionAfter(StringBuilder w, int from)
    {
        for (var i = from + 1; i < w.Length; i++)
        {
            if (!IsVowel(w, i) && IsVowel(w, i - 1))
            {
                return i + 1;
            }
        }

        return w.Length;
    }

    /// <summary>A short word: it ends in a short syllable and R1 is empty ("hop", "bed" but not "shed"… which also is).</summary>
    private static bool IsShort(StringBuilder w) => R1(w) >= w.Length && EndsInShortSyllable(w, w.Length);

    /// <summary>
    /// Whether <c>w[..end]</c> ends in a short syllable: non-vowel, vowel, non-vowel other than w, x or Y; or a vowel
    /// starting the word followed by a non-vowel.
    /// </summary>
    private static bool EndsInShortSyllable(StringBuilder w, int end)
    {
        if (end == 2)
        {
            return IsVowel(w, 0) && !IsVowel(w, 1);
        }

        return end >= 3 && !IsVowel(w, end - 3) && IsVowel(w, end - 2) && !IsVowel(w, end - 1) && w[end - 1] is not ('w' or 'x' or 'Y');
    }
}
