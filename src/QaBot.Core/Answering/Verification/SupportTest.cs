using QaBot.Core.Text;

namespace QaBot.Core.Answering.Verification;

/// <summary>How well a passage backs a claim.</summary>
/// <param name="Overlap">Share of the claim's content words found in the passage (stem or 5-letter prefix match); 1 when it has none.</param>
/// <param name="MissingNumbers">Numbers ≥ 10 (or with decimals) of the claim that the passage lacks, normalised ("1,500" → "1500").</param>
/// <param name="Verifiable">False when the claim has nothing comparable with the passage (e.g. a Russian sentence with no numbers or Latin names, about an English passage).</param>
public sealed record Support(double Overlap, IReadOnlyList<string> MissingNumbers, bool Verifiable)
{
    /// <summary>Every number ≥ 10 (or with decimals) in the claim appears in the passage.</summary>
    public bool NumbersFound => MissingNumbers.Count == 0;

    /// <summary>The verdict: verifiable, numbers present, overlap at least <paramref name="minOverlap"/>.</summary>
    public bool IsSupported(double minOverlap) => Problem(minOverlap) is null;

    /// <summary>Why the passage does not support the claim, in a few words; null when it does.</summary>
    public string? Problem(double minOverlap) =>
        !Verifiable ? "nothing in it can be compared with the passage (another script, no numbers or names)"
        : !NumbersFound ? $"number {MissingNumbers[0]} is not in the passage"
        : Overlap < minOverlap ? $"only {Overlap:P0} of its words are in the passage"
        : null;

    /// <summary>A ranking score: overlap, with a bonus when the claim's numbers are all there.</summary>
    public double Score => Overlap + (NumbersFound ? 0.5 : 0);
}

/// <summary>
/// The one definition of "a passage supports a sentence" in QaBot, simple enough to explain and measure. It is what
/// <see cref="CitationChecker"/> enforces on a model's answer and what the eval's citation-validity metric counts, so
/// "citation validity with a model is not worse than without" is measured by the rule the checker applies.
/// <list type="bullet">
/// <item>A sentence (markers removed) is supported by a passage when every number ≥ 10 in it appears in the passage
/// (digits are never paraphrased, and a wrong number is the worst error) and at least <c>minSupport</c>
/// (<c>Llm:MinSupport</c>, default <see cref="DefaultMinSupport"/>) of its content words do — stop words removed,
/// stemmed (<see cref="Text.Stemmer"/>), "Russian" ~ "Russia's" by a five-letter prefix.</item>
/// <item>When sentence and passage are in different scripts (a Russian answer about English sources) only the words in
/// the passage's script (names) and the numbers are compared; with none of those the sentence is unverifiable, which
/// is not support.</item>
/// <item>A sentence citing several passages that together support it is supported by each of them that contributes at
/// least half the bar (a fact from one article, a date from another); otherwise by each that supports it alone.</item>
/// </list>
/// </summary>
public static class SupportTest
{
    /// <summary>The default share of content words (<c>Llm:MinSupport</c>).</summary>
    public const double DefaultMinSupport = 0.5;

    /// <summary>True when <paramref name="passage"/> supports <paramref name="sentence"/>; <c>[n]</c> markers in the sentence are ignored.</summary>
    public static bool Supports(string sentence, string passage, double minSupport = DefaultMinSupport) =>
        Of(CitationMarkers.Strip(sentence), new PassageTerms(passage)).IsSupported(minSupport);

    /// <summary>Tests <paramref name="claim"/> (citation markers already stripped) against <paramref name="passage"/>.</summary>
    public static Support Of(string claim, PassageTerms passage)
    {
        var numbers = NumberTokens.Of(claim).Where(Matters).ToList();
        var missing = numbers.Where(n => !passage.Numbers.Contains(n)).ToList();
        var crossScript = Scripts.IsMostlyLatin(claim) != passage.IsLatin;
        var words = WordTokens.Of(claim)
            .Where(WordTokens.IsContentWord)
            .Where(w => !crossScript || Scripts.IsMostlyLatin(w) == passage.IsLatin)
            .Select(Stemmer.Stem)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (crossScript && words.Count == 0 && numbers.Count == 0)
        {
            return new Support(0, missing, Verifiable: false);
        }

        var overlap = words.Count == 0 ? 1.0 : (double)words.Count(passage.Contains) / words.Count;
        return new Support(overlap, missing, Verifiable: true);
    }

    /// <summary>
    /// Which of the passages a sentence cites support it (see the type's summary): when it cites several and together
    /// they support it, each that contributes (<c>Jointly</c>); otherwise each that supports it alone.
    /// <c>Tests</c> holds each passage's own <see cref="Support"/>.
    /// </summary>
    public static CitedSupport OfCitations(string claim, IReadOnlyList<PassageTerms> cited, double minSupport)
    {
        var tests = cited.Select(p => Of(claim, p)).ToList();
        if (cited.Count > 1 && Of(claim, new PassageTerms(string.Join("\n", cited.Select(p => p.Text)))).IsSupported(minSupport)
            && Enumerable.Range(0, cited.Count).Where(i => tests[i].Overlap >= minSupport / 2).ToList() is { Count: > 0 } contributing)
        {
            return new CitedSupport(contributing, tests, Jointly: true);
        }

        return new CitedSupport([.. Enumerable.Range(0, cited.Count).Where(i => tests[i].IsSupported(minSupport))], tests, Jointly: false);
    }

    /// <summary>Single digits are often spelled out in articles ("two-year mark"), so only numbers ≥ 10 or with decimals must match.</summary>
    private static bool Matters(string number) => number.Contains('.', StringComparison.Ordinal) || number.Length >= 2;
}

/// <summary>The verdict on a sentence's citations: indexes of the cited passages that support it, and each passage's test.</summary>
public sealed record CitedSupport(IReadOnlyList<int> Supporting, IReadOnlyList<Support> Tests, bool Jointly);

/// <summary>A passage's words and numbers, computed once and tested against many sentences.</summary>
public sealed class PassageTerms
{
    private readonly HashSet<string> _stems;
    private readonly HashSet<string> _prefixes;

    /// <summary>Indexes <paramref name="text"/>.</summary>
    public PassageTerms(string text)
    {
        Text = text;
        _stems = WordTokens.ContentStems(text);
        _prefixes = _stems.Where(s => s.Length >= 5).Select(s => s[..5]).ToHashSet(StringComparer.Ordinal);
        Numbers = NumberTokens.Of(text);
        IsLatin = Scripts.IsMostlyLatin(text);
    }

    /// <summary>The passage text.</summary>
    public string Text { get; }

    /// <summary>Normalised numbers in the passage.</summary>
    public HashSet<string> Numbers { get; }

    /// <summary>True when the passage is mostly in Latin script.</summary>
    public bool IsLatin { get; }

    /// <summary>True when the passage has this stem, or one sharing its first five letters ("Russian" ~ "Russia's").</summary>
    public bool Contains(string stem) => _stems.Contains(stem) || (stem.Length >= 5 && _prefixes.Contains(stem[..5]));
}
