using System.Text.RegularExpressions;

namespace QaBot.Core.Text;

/// <summary>What kind of place a name is.</summary>
public enum PlaceKind
{
    /// <summary>A region, an island, a sea, a river, a mountain…: "Crimea", "East China Sea".</summary>
    Place,

    /// <summary>A city or town: "Moscow", "St. Petersburg".</summary>
    City,

    /// <summary>A country: "Uzbekistan", "United States".</summary>
    Country,
}

/// <summary>
/// The places WordNet 3.1 names — countries, cities, regions, seas, rivers, mountains, as written, each with its
/// <see cref="PlaceKind"/> (<c>place-names.txt</c>, embedded; licence in <c>english-words.LICENSE</c>) —, and the ones
/// a sentence names: "…the Heritage Foundation in Washington, D.C." names Washington and D.C.; a place word inside the
/// name of an organisation ("the Shanghai Cooperation Organisation") names no place, and neither does a people's
/// adjective ("Japanese Prime Minister").
/// </summary>
public static partial class PlaceNames
{
    /// <summary>The most words of one place name looked up ("East China Sea", "St. Petersburg").</summary>
    private const int MaxWords = 4;

    private static readonly Lazy<Dictionary<string, PlaceKind>> Names = new(Load);

    /// <summary>The places <paramref name="text"/> names, as written, in text order, each with its kind.</summary>
    public static IReadOnlyList<(string Name, PlaceKind Kind)> In(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<(string, PlaceKind)>();
        foreach (Match run in CapitalisedRun().Matches(text))
        {
            var words = run.Value.Replace('-', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(w => Possessive().Replace(w, "")).ToArray();
            if (OrganisationHead().IsMatch(words[^1].TrimEnd('.')))
            {
                continue;
            }

            for (var i = 0; i < words.Length; i++)
            {
                for (var n = Math.Min(MaxWords, words.Length - i); n >= 1; n--)
                {
                    var phrase = string.Join(' ', words, i, n);
                    var place = Names.Value.ContainsKey(phrase) ? phrase : phrase.TrimEnd('.');
                    if (Names.Value.TryGetValue(place, out var kind))
                    {
                        found.Add((place, kind));
                        i += n - 1;
                        break;
                    }
                }
            }
        }

        return found;
    }

    private static readonly Lazy<HashSet<string>> SingleWords = new(() =>
        Names.Value.Keys.Where(n => !n.Contains(' ', StringComparison.Ordinal)).ToHashSet(StringComparer.OrdinalIgnoreCase));

    /// <summary>True when <paramref name="word"/>, in any case, is a place's whole name ("gaza", "siberia"; not "korean").</summary>
    public static bool IsPlace(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return SingleWords.Value.Contains(word);
    }

    private static Dictionary<string, PlaceKind> Load() =>
        EnglishWords.Load("place-names.txt").Select(line => line.Split('\t')).ToDictionary(
            f => f[0], f => f.Length > 1 && Enum.TryParse<PlaceKind>(f[1], ignoreCase: true, out var kind) ? kind : PlaceKind.Place, StringComparer.Ordinal);

    /// <summary>Words written with a capital, one after another ("St. Petersburg", "East China Sea", "Indo-Pacific").</summary>
    [GeneratedRegex(@"\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*")]
    private static partial Regex CapitalisedRun();

    [GeneratedRegex(@"['’]s?$")]
    private static partial Regex Possessive();

    /// <summary>The last word of an organisation's name: the place before it names the organisation, not where something is.</summary>
    [GeneratedRegex(@"^(?:Organi[sz]ation|Cooperation|Council|Foundation|Party|Union|Agency|Ministry|Institute|University|Group|Forum|Times|Post|News|Daily|Bank|Fund|Corporation|Company|Committee|Congress|Assembly|Treaty|Alliance|Initiative|Army|Navy|Command|Club|Association|Federation|Commission|Office|Department|Service|Agreement)$")]
    private static partial Regex OrganisationHead();
}
