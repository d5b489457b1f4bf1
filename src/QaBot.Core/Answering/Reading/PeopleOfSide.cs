using System.Text.RegularExpressions;
using QaBot.Core.Text;

namespace QaBot.Core.Answering.Reading;

/// <summary>
/// Questions for the people of one side the articles quote ("which us officials are quoted in these", "which kremlin ppl
/// get quoted across the articles", "who speaks for the chinese side") and the sentences that name them: a name with a
/// title next to it ("Kremlin spokesman Dmitry Peskov", "Yuri Ushakov, Putin's foreign policy adviser,") whose title says
/// the side ("Kremlin", "Russian", "US", "Putin's"), or — a title that says none ("Defense Department Deputy Press
/// Secretary Sabrina Singh") — an office of the side the sentence names ("…the Pentagon wants Congress…").
/// </summary>
public static partial class PeopleOfSide
{
    /// <summary>How many words before a name, or after the comma that follows it, its title may reach.</summary>
    private const int Reach = 5;

    /// <summary>
    /// The side whose people <paramref name="question"/> asks for ("us", "russia", "china", "nato", a country's stem);
    /// null when it asks for no people of a side.
    /// </summary>
    public static string? Asked(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var text = QuestionIntent.UnitedStatesSpelledOut(ChatShorthand.Expand(question));
        if (!PeopleNoun().IsMatch(text) && !WhoSpeaks().IsMatch(text))
        {
            return null;
        }

        return Words(text).Select(SideOf).FirstOrDefault(s => s is not null);
    }

    /// <summary>
    /// True when <paramref name="question"/> asks for the people of a side (<see cref="Asked"/>) in the plural or across
    /// the articles ("which kremlin officials…", "who speaks for the chinese side in these"): a list, read across the
    /// articles. "who is the kremlin spokesman" asks for one.
    /// </summary>
    public static bool AsksForSeveral(string question) => Asked(question) is not null && Several().IsMatch(question);

    /// <summary>The people of <paramref name="side"/> that <paramref name="sentence"/> names with a title, as written ("Dmitry Peskov").</summary>
    public static IReadOnlyList<string> NamedIn(string sentence, string side) =>
        [.. Titled(sentence).Where(p => p.Sides.Contains(side)).Select(p => p.Name)];

    /// <summary>
    /// The people <paramref name="sentence"/> names with a title, as written ("Jens Stoltenberg"), each with the sides
    /// its title says ("NATO Secretary-General" → nato) or, for a title that says none, the sides of the offices the
    /// sentence names ("…the Pentagon wants…" → us).
    /// </summary>
    public static IEnumerable<(string Name, IReadOnlySet<string> Sides)> Titled(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var words = Words(QuestionIntent.UnitedStatesSpelledOut(sentence));
        var offices = words.Where(w => Offices.ContainsKey(w.ToLowerInvariant())).Select(w => Offices[w.ToLowerInvariant()]).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < words.Count; i++)
        {
            if (!IsNamePart(words[i]) || (i + 1 < words.Count && IsNamePart(words[i + 1])))
            {
                continue; // a name's last word
            }

            var start = i;
            while (start > 0 && IsNamePart(words[start - 1]))
            {
                start--;
            }

            if (start == i && !(i > 0 && IsTitle(words[i - 1])))
            {
                continue; // one capitalised word is a name only right after its title ("…spokesman Peskov")
            }

            var before = words.Skip(Math.Max(0, start - Reach)).Take(start - Math.Max(0, start - Reach)).ToList();
            var after = i + 1 < words.Count && words[i + 1] == "," ? words.Skip(i + 2).Take(Reach).ToList() : [];
            var title = (before.Count > 0 && IsTitle(before[^1]) ? before : []).Concat(after.Any(IsTitle) ? after.TakeWhile(w => w != ",") : []).ToList();
            if (title.Count == 0)
            {
                continue;
            }

            var sides = title.Select(SideOf).OfType<string>().ToHashSet(StringComparer.Ordinal);
            yield return (string.Join(' ', words.Skip(start).Take(i - start + 1)), sides.Count == 0 ? offices : sides);
        }
    }

    /// <summary>The sides <paramref name="sentence"/> names by a capitalised word: "Russia", "Chinese", "Beijing", "the Kremlin", "NATO".</summary>
    public static IReadOnlySet<string> SidesNamed(string sentence) =>
        Words(QuestionIntent.UnitedStatesSpelledOut(sentence ?? "")).Where(w => char.IsUpper(w[0])).Select(SideOf).OfType<string>().ToHashSet(StringComparer.Ordinal);

    /// <summary>The side a word names: a country (its stem, "russian" and "moscow" as "russia"), "us", "nato", or the Kremlin's.</summary>
    internal static string? SideOf(string word)
    {
        var lower = word.ToLowerInvariant();
        if (Offices.TryGetValue(lower, out var office))
        {
            return office;
        }

        if (lower is "nato" or "eu")
        {
            return lower;
        }

        if (lower is "unitedstates" or "washington")
        {
            return "us";
        }

        var stem = Stemmer.Stem(lower);
        return stem == "america" ? "us"
            : Stemmer.CountryOfCapital(lower) ?? (PlaceNames.In(char.ToUpperInvariant(stem[0]) + stem[1..]) is [(_, PlaceKind.Country)] ? stem : null);
    }

    /// <summary>Offices that stand for their country's government ("the Pentagon wants…", "Kremlin spokesman…").</summary>
    private static readonly Dictionary<string, string> Offices = new(StringComparer.Ordinal)
    {
        ["kremlin"] = "russia", ["pentagon"] = "us", ["zhongnanhai"] = "china",
    };

    private static bool IsNamePart(string word) =>
        word.Length > 1 && char.IsUpper(word[0]) && word.Skip(1).Any(char.IsLower) && !IsTitle(word) && SideOf(word) is null
        && !StopWords.Contains(word.ToLowerInvariant());

    private static bool IsTitle(string word) => PersonTitle.IsTitleWord(word.ToLowerInvariant());

    /// <summary>The words of <paramref name="text"/> as written, "United States" as one, with commas kept as words.</summary>
    private static List<string> Words(string text) =>
        [.. Token().Matches(text.Replace("United States", "UnitedStates", StringComparison.Ordinal)).Select(m => m.Value)];

    /// <summary>
    /// A word that asks which, then up to four words and no verb ("which kremlin / russian govt", "what us"), then people:
    /// "what did russian officials say about the sanctions" asks what was said.
    /// </summary>
    [GeneratedRegex(@"\b(which|what|list|name)\s+((?!(" + QaBot.Core.Answering.Queries.CompoundQuestion.QuestionVerb + @")\b)\w+\W+){0,4}?(officials?|people|ppl|persons|spokes(man|men|woman|women|person|persons|people)|diplomats?|politicians?|ministers?|advis[eo]rs?|voices|figures)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PeopleNoun();

    [GeneratedRegex(@"\b(officials|people|ppl|persons|spokes(men|women|persons|people)|diplomats|politicians|ministers|advis[eo]rs|voices|figures|these|those|articles|stories|pieces|reports|every|all|across)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Several();

    /// <summary>"who speaks for the chinese side", "who gets quoted from the kremlin".</summary>
    [GeneratedRegex(@"\bwho\b[^?]*\b(?:speaks?|spoke|quoted|cited|(?:speaking|talks|talking|talked)\s+(?:for|on\s+behalf\s+of))\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhoSpeaks();

    [GeneratedRegex(@"[\p{L}][\p{L}'’-]*|,")]
    private static partial Regex Token();
}
