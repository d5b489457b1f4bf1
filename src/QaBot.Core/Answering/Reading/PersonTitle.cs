using System.Text.RegularExpressions;

namespace QaBot.Core.Answering.Reading;

/// <summary>
/// Questions for who someone is ("who is lavrov", "whos doval", "who's sabrina singh") and the sentences that answer
/// them: those that name the person with a title or role next to the name — before it ("Russian Foreign Minister
/// Sergey Lavrov", "Kremlin spokesman Dmitry Peskov") or set off after it ("Yuri Ushakov, Putin's foreign policy
/// adviser,", "his Indian counterpart, Ajit Doval").
/// </summary>
public static partial class PersonTitle
{
    /// <summary>How many words before the person's name, or after its comma, a title may stand.</summary>
    private const int Reach = 4;

    /// <summary>
    /// The person <paramref name="question"/> asks who they are, as written ("who is lavrov" → "lavrov", "who's sabrina
    /// singh" → "sabrina singh"); null for any other question, and for a role ("who is the kremlin spokesman", which
    /// <see cref="RoleHolder"/> and <see cref="ReaderQuestion.Role"/> read).
    /// </summary>
    public static string? AskedPerson(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var m = WhoIs().Match(question);
        if (!m.Success)
        {
            return null;
        }

        var words = Text.WordTokens.Of(m.Groups["name"].Value);
        return words.Count > 0 && words.All(Text.WordTokens.IsContentWord) && !words.Any(w => TitleWords.Contains(w)) ? string.Join(' ', words) : null;
    }

    /// <summary>True when <paramref name="sentence"/> names <paramref name="person"/> (their last name) with a title or role next to it.</summary>
    public static bool IsTitledIn(string sentence, string person) => TitleIn(sentence, person).Count > 0;

    /// <summary>
    /// The title words <paramref name="sentence"/> gives <paramref name="person"/> (their last name), lower-cased: "adviser"
    /// of "Yuri Ushakov, Putin's foreign policy adviser,", "spokesperson" of "Kremlin spokesperson Yuri Ushakov"; none
    /// when it names them with no title next to the name.
    /// </summary>
    public static IReadOnlySet<string> TitleIn(string sentence, string person)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(person);
        var surname = person.Split(' ')[^1];
        var words = Word().Matches(sentence).Select(w => w.Value).ToList();
        var title = new HashSet<string>(StringComparer.Ordinal);
        if (!words.Any(w => string.Equals(w, surname, StringComparison.OrdinalIgnoreCase)))
        {
            return title;
        }

        // After the name: an apposition ("Yuri Ushakov, Putin's foreign policy adviser,").
        title.UnionWith(AfterComma(sentence, surname).Where(TitleWords.Contains));
        for (var i = 0; i < words.Count; i++)
        {
            if (string.Equals(words[i], surname, StringComparison.OrdinalIgnoreCase))
            {
                // Before the name: up to Reach words back, past its first names ("…Minister Sergey Lavrov").
                title.UnionWith(words.Take(i).TakeLast(Reach).Select(w => w.ToLowerInvariant()).Where(TitleWords.Contains));
            }
        }

        return title;
    }

    /// <summary>The first words after "<paramref name="surname"/>," in <paramref name="sentence"/>, lower-cased; none when no comma follows the name.</summary>
    private static IEnumerable<string> AfterComma(string sentence, string surname)
    {
        var at = sentence.IndexOf(surname + ",", StringComparison.OrdinalIgnoreCase);
        return at < 0 ? [] : Word().Matches(sentence[(at + surname.Length + 1)..]).Take(Reach).Select(w => w.Value.ToLowerInvariant());
    }

    /// <summary>True when the lower-case <paramref name="word"/> gives someone's office or role in a news sentence ("minister", "spokesman").</summary>
    internal static bool IsTitleWord(string word) => TitleWords.Contains(word);

    /// <summary>Words that give someone's office or role in a news sentence ("press" of "Deputy Press Secretary").</summary>
    private static readonly HashSet<string> TitleWords = new(StringComparer.Ordinal)
    {
        "president", "minister", "premier", "chancellor", "secretary", "general", "spokesman", "spokeswoman", "spokesperson",
        "adviser", "advisor", "ambassador", "envoy", "chief", "head", "director", "chairman", "chairwoman", "chair", "governor",
        "mayor", "senator", "leader", "official", "counterpart", "king", "queen", "prince", "commander", "diplomat", "aide",
        "analyst", "correspondent", "editor", "reporter", "professor", "founder", "ceo", "executive", "economist", "expert",
        "lawmaker", "speaker", "representative", "deputy", "press",
    };

    /// <summary>
    /// "who is X" as typed: a word of surprise may come in ("who even is yuri ushakov", "who exactly was peskov") and a
    /// remark after a comma or a stop ("…, he keeps popping up").
    /// </summary>
    [GeneratedRegex(@"^\W*who(?:\s+(?:even|exactly|actually|really|tf))?(?:['’]?s|\s+is|\s+was)(?:\s+(?:even|exactly|actually|really))?\s+(?<name>[\p{L}.'’-]+(?:\s+[\p{L}.'’-]+)?)\s*(?:[?!.,;:]+.*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex WhoIs();

    /// <summary>A word of two letters or more (a possessive's "s" is none); <see cref="NameDescription"/> reads words so too.</summary>
    [GeneratedRegex(@"\p{L}{2,}")]
    internal static partial Regex Word();
}
