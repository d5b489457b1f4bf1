using System.Text.RegularExpressions;

namespace QaBot.Core.Answering.Reading;

/// <summary>
/// A question for whoever holds an office somewhere — "who's the president of taiwan", "who is india's prime
/// minister", "who's the un secretary general" — and the check that a sentence names that office there. General
/// knowledge like this shares its words with news about other countries' offices ("China's president…", "Japanese
/// Prime Minister Fumio Kishida", "NATO Secretary-General Jens Stoltenberg"); a sentence that names the office only as
/// someone else's, or not at all, does not answer.
/// </summary>
public sealed partial record RoleHolder(string Office, string Place)
{
    /// <summary>The office and the place a question asks about, or null when it asks for no office holder.</summary>
    public static RoleHolder? Of(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var text = Normalise(question);
        return FirstMatch(text, OfficeOfPlace(), PlacesOffice(), PlaceOffice());
    }

    /// <summary>
    /// The office and place of the holder <paramref name="question"/> asks what they said or did ("what did the uzbek
    /// president say", "what has india's defence minister said about ge", "how did the president of taiwan react") or
    /// did with someone ("stoltenberg n the south korean president - what did they agree on"), or null. Such a question
    /// is answered only when the articles say who that is (<see cref="AnswerChecks.MissesAskedOffice"/>).
    /// </summary>
    public static RoleHolder? OfSubject(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return FirstMatch(Normalise(question), SubjectOfficeOfPlace(), SubjectPlacesOffice(), SubjectPlaceOffice(), PartnerPlaceOffice());
    }

    /// <summary>The office and place of the first of <paramref name="patterns"/> that matches <paramref name="text"/>; null when none does.</summary>
    private static RoleHolder? FirstMatch(string text, params Regex[] patterns) =>
        patterns.Select(p => p.Match(text)).FirstOrDefault(m => m.Success) is { } m ? new RoleHolder(m.Groups["office"].Value, m.Groups["place"].Value) : null;

    /// <summary>
    /// True when the office asked for is whoever leads the place, whatever the title ("who runs china", "whos the nato
    /// boss", "who is the leader of japan"): a president, a prime minister, a secretary general… holds it.
    /// </summary>
    private bool AnyHead => Heads().IsMatch(Office);

    /// <summary>
    /// True when <paramref name="sentence"/> names the office as the asked place's: "India's prime minister", "Indian
    /// Prime Minister Narendra Modi", "the president of Taiwan", or a bare "President Tsai" in a sentence that names the
    /// place within <see cref="Nearby"/> words. "Japanese Prime Minister Fumio Kishida" is another place's; "between
    /// President Xi Jinping and…" says nothing of Taiwan's unless Taiwan is named next to it.
    /// </summary>
    public bool IsNamedIn(string sentence) => Namings(sentence).Any();

    /// <summary>
    /// True when <paramref name="sentence"/> names the office as the asked place's (<see cref="IsNamedIn"/>) and who holds
    /// it, by name right after it: "NATO Secretary-General Jens Stoltenberg", "The president of Taiwan, Tsai Ing-wen".
    /// </summary>
    public bool NamesHolderIn(string sentence) => Namings(sentence).Any(n => HolderName().IsMatch(n.Text[(n.Match.Index + n.Match.Length)..]));

    /// <summary>Where <paramref name="sentence"/> (normalised) names the office as the asked place's.</summary>
    private IEnumerable<(string Text, Match Match)> Namings(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var text = Normalise(sentence);
        var office = AnyHead ? $"(?:{HeadTitles})" : Regex.Escape(Office);
        foreach (Match m in Regex.Matches(text, $@"(?:(?<before>[\p{{L}}.]+)(?<owner>'s?)?\s+)?\b{office}(?:\s+of\s+(?:the\s+)?(?<after>[\p{{L}}.]+))?\b", RegexOptions.IgnoreCase))
        {
            var before = m.Groups["before"].Value;
            var after = m.Groups["after"].Value;
            var qualifier = after.Length > 0 && char.IsUpper(after[0]) ? after
                : before.Length > 0 && (char.IsUpper(before[0]) || m.Groups["owner"].Success)
                    && (!Text.StopWords.Contains(before.ToLowerInvariant()) || (before.Length > 1 && before.All(char.IsUpper))) ? before
                : null;
            if (qualifier is null ? NearbyWords(text, m).Any(w => SamePlace(w, Place)) : SamePlace(qualifier, Place))
            {
                yield return (text, m);
            }
        }
    }

    /// <summary>The words up to <see cref="Nearby"/> words before and after <paramref name="match"/>.</summary>
    private static IEnumerable<string> NearbyWords(string text, Match match)
    {
        var before = Words().Matches(text[..match.Index]).TakeLast(Nearby);
        var after = Words().Matches(text[(match.Index + match.Length)..]).Take(Nearby);
        return before.Concat(after).Select(w => w.Value);
    }

    /// <summary>The United States's names, which share no start: "US", "America", "American".</summary>
    private static readonly HashSet<string> America = new(StringComparer.Ordinal) { "us", "usa", "america", "american", "americans" };

    /// <summary>"India" and "Indian", "China" and "Chinese", "US" and "American", "Uzbek" and "Uzbekistan", "U.N." and "UN": the same place or body.</summary>
    private static bool SamePlace(string a, string b)
    {
        a = a.Replace(".", "", StringComparison.Ordinal).ToLowerInvariant();
        b = b.Replace(".", "", StringComparison.Ordinal).ToLowerInvariant();
        if (America.Contains(a) && America.Contains(b))
        {
            return true;
        }

        var shortest = Math.Min(a.Length, b.Length);
        var common = 0;
        while (common < shortest && a[common] == b[common])
        {
            common++;
        }

        return shortest > 1 && common >= Math.Min(4, shortest) && common >= shortest - 1; // one letter ("I") names no place
    }

    /// <summary>
    /// Lower-case-insensitive text with straight apostrophes, "Secretary-General" as "Secretary General" and "the United
    /// States" (as a question about "the us" is searched) as one word, "US".
    /// </summary>
    private static string Normalise(string text) =>
        UnitedStates().Replace(text.Replace('’', '\'').Replace('-', ' '), "US");

    [GeneratedRegex(@"\bUnited\s+States\b", RegexOptions.IgnoreCase)]
    private static partial Regex UnitedStates();

    /// <summary>How many words either side of a bare office ("President Tsai Ing-wen of Taiwan") may name its place.</summary>
    private const int Nearby = 5;

    /// <summary>"who's the", "whos", "who is", "what's the name of the", "name the".</summary>
    private const string Opening = @"^\W*(?:who|what|name)(?:'?s\b|\s+is\b|\s+was\b|\s+are\b)?\s+(?:the\s+)?(?:name\s+of\s+(?:the\s+)?)?";

    private const string Offices = "president|vice president|prime minister|premier|chancellor|king|queen|secretary general|foreign minister|defen[cs]e minister|finance minister|minister|head of state|leader|ruler|boss|chief|head|mayor|governor|ambassador";

    /// <summary>The titles of whoever leads a country or a body, which a question for its leader, ruler, head, boss or chief asks for.</summary>
    private const string HeadTitles = "president|prime minister|premier|chancellor|king|queen|secretary general|leader|ruler|head of state|chief|head|chairman|chairwoman|chair";

    [GeneratedRegex(@"^(leader|ruler|head of state|boss|chief|head)$", RegexOptions.IgnoreCase)]
    private static partial Regex Heads();

    /// <summary>Words before an office that say which holder, not whose place: "the current president", "two ministers".</summary>
    private const string NotPlaces = "the|a|current|new|vice|deputy|former|acting|top|chief|first|next|last|two|both";

    /// <summary>"what did", "how has", "why would"…: a question about what someone did.</summary>
    private const string SubjectOpening = @"^\W*(?:what|how|why|when|where)\s+(?:did|does|do|has|have|had|will|would|is|was)\s+(?:the\s+)?";

    [GeneratedRegex(SubjectOpening + @"(?<office>" + Offices + @")\s+of\s+(?:the\s+)?(?<place>[\p{L}.]+)", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectOfficeOfPlace();

    [GeneratedRegex(SubjectOpening + @"(?<place>[\p{L}.]+)'s?\s+(?<office>" + Offices + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectPlacesOffice();

    [GeneratedRegex(SubjectOpening + @"(?<place>(?!(?:" + NotPlaces + @")\b)[\p{L}.]+)\s+(?<office>" + Offices + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectPlaceOffice();

    /// <summary>
    /// Someone's partner named by office: "stoltenberg and the south korean president" (the place's last word, as a
    /// sentence names it: "Korean"), "xi n the french president".
    /// </summary>
    [GeneratedRegex(@"\b(?:and|n|with|w/)\s+(?:the\s+)?(?:[\p{L}.]+\s+)??(?<place>(?!(?:" + NotPlaces + @"|his|her|their)\b)[\p{L}.]+)\s+(?<office>" + Offices + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex PartnerPlaceOffice();

    /// <summary>A person's name right after an office: a capitalised first and last name, after a comma or not.</summary>
    [GeneratedRegex(@"^,?\s+\p{Lu}[\p{L}.'-]+\s+\p{Lu}")]
    private static partial Regex HolderName();

    /// <summary>"who's the president of taiwan", "who is the current prime minister of india".</summary>
    [GeneratedRegex(Opening + @"(?:current\s+|new\s+)?(?<office>" + Offices + @")\s+of\s+(?:the\s+)?(?<place>[\p{L}.]+)", RegexOptions.IgnoreCase)]
    private static partial Regex OfficeOfPlace();

    /// <summary>"who is india's prime minister".</summary>
    [GeneratedRegex(Opening + @"(?<place>[\p{L}.]+)'s?\s+(?:current\s+|new\s+)?(?<office>" + Offices + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex PlacesOffice();

    /// <summary>"who's the un secretary general", "what's the name of the uzbek president".</summary>
    [GeneratedRegex(Opening + @"(?:current\s+|new\s+)?(?<place>(?!(?:the|a|current|new|vice|deputy|former|acting|top|chief|first|next|last)\b)[\p{L}.]+)\s+(?<office>" + Offices + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex PlaceOffice();

    [GeneratedRegex(@"[\p{L}.]+")]
    private static partial Regex Words();
}
