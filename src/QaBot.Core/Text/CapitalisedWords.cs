namespace QaBot.Core.Text;

/// <summary>
/// The one pattern for a name written in capitals, shared by the regexes that look for one (spelling out an acronym,
/// a question's multi-word name, a sentence that lists names).
/// </summary>
public static class CapitalisedWords
{
    /// <summary>A word that opens with a capital, with its apostrophes (straight or curly), dots and hyphens: "Xi", "U.S.", "Russia’s".</summary>
    public const string Word = @"\p{Lu}[\p{L}’'.-]*";

    /// <summary>One capitalised word or several in a row: "Australia", "New Zealand".</summary>
    public const string Name = Word + @"(?:\s+" + Word + ")*";

    /// <summary>Two capitalised words or more in a row: "Shanghai Cooperation Organisation".</summary>
    public const string Run = Word + @"(?:\s+" + Word + ")+";

    /// <summary>The words <paramref name="texts"/> write with a capital, lower-cased: "NATO", "Kishida" → "nato", "kishida".</summary>
    public static HashSet<string> In(IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return texts.SelectMany(WordTokens.AsWritten).Where(w => char.IsUpper(w[0])).Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The words <paramref name="texts"/> write with a capital and never without, lower-cased: "Xi" (an English word too, the Greek letter), not "Since".</summary>
    public static HashSet<string> Only(IReadOnlyCollection<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var written = texts.SelectMany(WordTokens.AsWritten).ToList();
        var lower = written.Where(w => !char.IsUpper(w[0])).ToHashSet(StringComparer.Ordinal);
        return written.Where(w => char.IsUpper(w[0])).Select(w => w.ToLowerInvariant()).Where(w => !lower.Contains(w)).ToHashSet(StringComparer.Ordinal);
    }
}
