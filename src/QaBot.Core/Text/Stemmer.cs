using System.Collections.Concurrent;

namespace QaBot.Core.Text;

/// <summary>
/// The one stemmer: the inflectional steps of the Snowball English (Porter2) algorithm — step 1a (plurals), 1b
/// (-ed, -ing, -eed), 1c (final y), step 2's adverb endings ("personally" → "personal", "quickly" → "quick") and step 5
/// (final e, double l) — so "invades", "invaded" and "invading" all give "invad",
/// "countries" and "country" give "countri", "used" and "uses" give "use". The rest of Porter2's derivational steps 2–4 is left
/// out on purpose: they make "diplomatic" a "diplomat" and "developments" a "develop", which counts a different word as
/// a full match in coverage and support (measured: lower MRR and citation precision on the eval). Words that are not
/// plain a–z (numbers, other scripts) are returned unchanged, and a number written as a word up to twenty, or a whole ten
/// up to ninety, is its figure ("seven" → "7"), so "the first 7 months" meets "the first seven months". A place's
/// adjective or people stem as the place ("Crimean", "Japanese", "Russians" → "crimea", "japan", "russia"), so
/// "grabbing crimea" meets "the Crimean peninsula". British spellings stem as the American ones ("criticised" as
/// "criticized", "Organisation" as "organization", "defence" as "defense"). Input is a folded token from <see cref="WordTokens"/>.
/// </summary>
public static class Stemmer
{
    private const int MaxCached = 200_000;
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    private static readonly Dictionary<string, string> Exceptions = new(StringComparer.Ordinal)
    {
        ["skis"] = "ski", ["skies"] = "sky", ["dying"] = "die", ["lying"] = "lie", ["tying"] = "tie", ["news"] = "news",
        ["atlas"] = "atlas", ["cosmos"] = "cosmos", ["bias"] = "bias", ["andes"] = "andes", ["howe"] = "howe",
        ["inning"] = "inning", ["outing"] = "outing", ["canning"] = "canning", ["herring"] = "herring",
        ["earring"] = "earring", ["proceed"] = "proceed", ["exceed"] = "exceed", ["succeed"] = "succeed",
        ["idly"] = "idl", ["gently"] = "gentl", ["ugly"] = "ugli", ["early"] = "earli", ["only"] = "onli", ["singly"] = "singl",
    };

    /// <summary>
    /// Irregular verbs' past forms and their verb, stemmed as it is, so "who did stoltenberg meet" meets "Stoltenberg… met
    /// on Tuesday".
    /// </summary>
    private static readonly Dictionary<string, string> IrregularPast = new(StringComparer.Ordinal)
    {
        ["met"] = "meet", ["went"] = "go", ["gone"] = "go", ["took"] = "take", ["taken"] = "take", ["gave"] = "give",
        ["given"] = "give", ["spoke"] = "speak", ["spoken"] = "speak", ["told"] = "tell", ["held"] = "hold", ["made"] = "make",
        ["sent"] = "send", ["began"] = "begin", ["begun"] = "begin", ["brought"] = "bring", ["won"] = "win", ["saw"] = "see",
        ["seen"] = "see", ["came"] = "come", ["became"] = "become", ["fought"] = "fight", ["chose"] = "choose", ["chosen"] = "choose",
        ["flew"] = "fly", ["flown"] = "fly", ["grew"] = "grow", ["grown"] = "grow", ["fell"] = "fall", ["fallen"] = "fall",
        ["rose"] = "rise", ["risen"] = "rise", ["kept"] = "keep", ["built"] = "build", ["sought"] = "seek", ["spent"] = "spend",
        ["paid"] = "pay", ["lost"] = "lose", ["stood"] = "stand", ["thought"] = "think", ["wrote"] = "write", ["written"] = "write",
        ["broke"] = "break", ["broken"] = "break", ["knew"] = "know", ["known"] = "know", ["sold"] = "sell", ["bought"] = "buy",
        ["got"] = "get", ["gotten"] = "get",
    };

    /// <summary>The verb an irregular past form is of ("gotten" → "get", "gave" → "give"); null for any other word.</summary>
    public static string? VerbOfIrregularPast(string word) => IrregularPast.GetValueOrDefault(word ?? "");

    /// <summary>
    /// What a place's people or things are called, and the place: "Crimean" names Crimea, "Japanese" Japan, so "grabbing
    /// crimea" meets "the Crimean peninsula" and "japan's prime minister" meets "Japanese Prime Minister".
    /// </summary>
    private static readonly (string Demonym, string Place)[] DemonymPairs =
    [
        ("russian", "russia"), ("chinese", "china"), ("sino", "china"), ("ukrainian", "ukraine"), ("crimean", "crimea"),
        ("american", "america"), ("european", "europe"), ("indian", "india"), ("japanese", "japan"), ("taiwanese", "taiwan"),
        ("korean", "korea"), ("uzbek", "uzbekistan"), ("british", "britain"), ("french", "france"), ("german", "germany"),
        ("italian", "italy"), ("spanish", "spain"), ("polish", "poland"), ("turkish", "turkey"), ("iranian", "iran"),
        ("iraqi", "iraq"), ("syrian", "syria"), ("israeli", "israel"), ("palestinian", "palestine"), ("egyptian", "egypt"),
        ("afghan", "afghanistan"), ("pakistani", "pakistan"), ("vietnamese", "vietnam"),
        ("australian", "australia"), ("canadian", "canada"), ("mexican", "mexico"), ("brazilian", "brazil"),
        ("african", "africa"), ("asian", "asia"), ("arab", "arabia"), ("kazakh", "kazakhstan"), ("belarusian", "belarus"),
        ("georgian", "georgia"), ("armenian", "armenia"), ("mongolian", "mongolia"), ("filipino", "philippines"),
        ("indonesian", "indonesia"), ("swedish", "sweden"), ("finnish", "finland"), ("norwegian", "norway"),
        ("dutch", "netherlands"), ("greek", "greece"), ("hungarian", "hungary"), ("serbian", "serbia"), ("soviet", "ussr"),
        ("western", "west"), ("eastern", "east"), ("siberian", "siberia"),
    ];

    /// <summary>
    /// Capitals that news writes for their country's government, and the country: "Moscow accused…" is Russia, "Kyiv
    /// said…" Ukraine. Washington is left out: it is as often the city ("in Washington, D.C.") and the country is "US" there.
    /// </summary>
    private static readonly (string Capital, string Place)[] CapitalPairs =
    [
        ("moscow", "russia"), ("beijing", "china"), ("kyiv", "ukraine"), ("kiev", "ukraine"), ("delhi", "india"),
        ("tokyo", "japan"), ("taipei", "taiwan"), ("seoul", "korea"), ("pyongyang", "korea"), ("tashkent", "uzbekistan"),
        ("london", "britain"), ("paris", "france"), ("berlin", "germany"), ("tehran", "iran"), ("ankara", "turkey"),
        ("minsk", "belarus"), ("canberra", "australia"), ("ottawa", "canada"), ("brussels", "belgium"), ("warsaw", "poland"),
    ];

    private static readonly Dictionary<string, string> Demonyms = DemonymPairs
        .ToDictionary(p => Porter2Word.Inflectional(p.Demonym), p => Porter2Word.Inflectional(p.Place), StringComparer.Ordinal);

    private static readonly Dictionary<string, string> Places = DemonymPairs
        .ToDictionary(p => Porter2Word.Inflectional(p.Demonym), p => p.Place, StringComparer.Ordinal);

    /// <summary>British spellings that no ending rule turns American (<see cref="American"/>), and the American.</summary>
    private static readonly (string British, string American)[] SpellingPairs =
    [
        ("defence", "defense"), ("offence", "offense"), ("licence", "license"), ("pretence", "pretense"), ("centre", "center"),
        ("theatre", "theater"), ("programme", "program"), ("labour", "labor"), ("neighbour", "neighbor"), ("favour", "favor"),
        ("honour", "honor"), ("behaviour", "behavior"), ("colour", "color"), ("rumour", "rumor"), ("harbour", "harbor"),
        ("analyse", "analyze"), ("paralyse", "paralyze"), ("catalogue", "catalog"), ("advisor", "adviser"),
    ];

    private static readonly Dictionary<string, string> Spellings = SpellingPairs
        .ToDictionary(p => Porter2Word.Inflectional(p.British), p => Porter2Word.Inflectional(p.American), StringComparer.Ordinal);

    private static readonly Dictionary<string, string> Capitals = CapitalPairs.ToDictionary(p => p.Capital, p => p.Place, StringComparer.Ordinal);

    /// <summary>Numbers written as words, and their figures: "seven" ↔ "7".</summary>
    private static readonly string[] NumberWords =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
    ];

    private static readonly string[] Tens = ["thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    private static readonly Dictionary<string, string> Figures = NumberWords
        .Select((w, i) => (w, i))
        .Concat(Tens.Select((w, i) => (w, (i + 3) * 10)))
        .ToDictionary(p => p.w, p => p.Item2.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal);

    private static readonly Dictionary<string, string> Words = Figures.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    /// <summary>The number word for a figure up to twenty or a whole ten up to ninety ("7" → "seven"); null for any other word.</summary>
    public static string? NumberWord(string figure) => Words.GetValueOrDefault(figure);

    /// <summary>The figure for a number word ("seven" → "7"); null for any other word.</summary>
    public static string? Figure(string word) => Figures.GetValueOrDefault(word);

    /// <summary>
    /// The place a lower-case demonym names, as written ("uzbek" → "uzbekistan", "crimean" → "crimea"); null for any other
    /// word. The full-text index does not know them as one ("uzbek" is in no article that says "Uzbekistan").
    /// </summary>
    public static string? PlaceOfDemonym(string word) =>
        word is null ? null : Places.GetValueOrDefault(Porter2Word.Inflectional(word));

    /// <summary>
    /// The stem of the country a capital stands for ("moscow" → "russia"); null for any other word. A question's term
    /// meets it in a passage (<see cref="Retrieval.PassageWords.Has"/>); the capital's own stem stays the city's.
    /// </summary>
    public static string? CountryOfCapital(string word) => Capitals.GetValueOrDefault(word);

    /// <summary>
    /// A British spelling's stem as the American one's, so that a question and an article written in the other meet:
    /// "-ise" verbs ("criticised", "criticising" → "criticiz", as "criticized"), "-isation" ("Organisation" →
    /// "organization") and the words of <see cref="SpellingPairs"/> ("defence" → "defens"). A stem that ends in "is" comes
    /// only from "-ise" (Porter2 leaves "crisis" as "crisi"), and one of fewer than six letters ("rais", "advis") has no
    /// "-ize" twin.
    /// </summary>
    private static string American(string stem) =>
        stem.Length >= 6 && stem.EndsWith("is", StringComparison.Ordinal) ? string.Concat(stem.AsSpan(0, stem.Length - 2), "iz")
        : stem.Contains("isation", StringComparison.Ordinal) ? stem.Replace("isation", "ization", StringComparison.Ordinal)
        : Spellings.GetValueOrDefault(stem) ?? stem;

    /// <summary>
    /// The adjective of an adverb in "-arily" ("militarily" → "military", "primarily" → "primary"), which Porter2's adverb
    /// step leaves as it is, so "the military side" meets "cooperating militarily"; any other word unchanged.
    /// </summary>
    private static string AdjectiveOfArily(string word) =>
        word.Length > 7 && word.EndsWith("arily", StringComparison.Ordinal) ? word[..^5] + "ary" : word;

    /// <summary>The stem of one lower-case word.</summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (Figures.TryGetValue(word, out var figure))
        {
            return figure;
        }

        if (word.Length <= 2 || !word.All(char.IsAsciiLetterLower))
        {
            return word;
        }

        if (Cache.TryGetValue(word, out var cached))
        {
            return cached;
        }

        var stem = American(Exceptions.TryGetValue(word, out var exception) ? exception : Porter2Word.Inflectional(IrregularPast.GetValueOrDefault(word, AdjectiveOfArily(word))));
        if (Demonyms.TryGetValue(stem, out var place))
        {
            stem = place;
        }

        if (Cache.Count < MaxCached)
        {
            Cache.TryAdd(word, stem);
        }

        return stem;
    }
}
