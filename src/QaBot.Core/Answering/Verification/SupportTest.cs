namespace QaBot.Core.Answering.Verification;

/// <summary>How well a passage backs a claim.</summary>
/// <param name="Overlap">Share of the claim's content words found in the passage (stem or 5-letter prefix match); 1 when it has none.</param>
/// <param name="NumbersFound">Every number ≥ 10 (or with decimals) in the claim appears in the passage.</param>
/// <param name="Verifiable">False when the claim has nothing comparable with an English passage (e.g. a Russian sentence with no numbers or Latin names).</param>
public sealed record Support(double Overlap, bool NumbersFound, bool Verifiable)
{
    /// <summary>The verdict: verifiable, numbers present, overlap at least <paramref name="minOverlap"/>.</summary>
    public bool IsSupported(double minOverlap) => Verifiable && NumbersFound && Overlap >= minOverlap;

    /// <summary>A ranking score: overlap, with a bonus when the claim's numbers are all there.</summary>
    public double Score => Overlap + (NumbersFound ? 0.5 : 0);
}

/// <summary>
/// The support test, simple enough to explain and measure: a sentence is supported by a passage when its numbers
/// appear in the passage (digits are never paraphrased, and a wrong number is the worst error) and at least
/// <c>Llm:MinSupport</c> (default half) of its content words do. For sentences in a non-Latin script — an answer in
/// Russian about English sources — only numbers and Latin-script names can be compared.
/// </summary>
public static class SupportTest
{
    /// <summary>Tests <paramref name="claim"/> (citation markers already stripped) against <paramref name="passage"/>.</summary>
    public static Support Of(string claim, PassageTerms passage)
    {
        var numbers = Terms.Numbers(claim).Where(Matters).ToList();
        var numbersFound = numbers.All(passage.Numbers.Contains);
        var latinOnly = !Terms.IsMostlyLatin(claim);
        var words = Terms.Words(claim)
            .Where(Terms.IsContentWord)
            .Where(w => !latinOnly || Terms.IsMostlyLatin(w))
            .Select(Terms.Stem)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (latinOnly && words.Count == 0 && numbers.Count == 0)
        {
            return new Support(0, numbersFound, Verifiable: false);
        }

        var overlap = words.Count == 0 ? 1.0 : (double)words.Count(passage.Contains) / words.Count;
        return new Support(overlap, numbersFound, Verifiable: true);
    }

    /// <summary>Single digits are often spelled out in articles ("two-year mark"), so only numbers ≥ 10 or with decimals must match.</summary>
    private static bool Matters(string number) => number.Contains('.', StringComparison.Ordinal) || number.Length >= 2;
}

/// <summary>A passage's words and numbers, computed once and tested against many sentences.</summary>
public sealed class PassageTerms
{
    private readonly HashSet<string> _stems;
    private readonly HashSet<string> _prefixes;

    /// <summary>Indexes <paramref name="text"/>.</summary>
    public PassageTerms(string text)
    {
        Text = text;
        _stems = Terms.ContentStems(text);
        _prefixes = _stems.Where(s => s.Length >= 5).Select(s => s[..5]).ToHashSet(StringComparer.Ordinal);
        Numbers = Terms.Numbers(text);
    }

    /// <summary>The passage text.</summary>
    public string Text { get; }

    /// <summary>Normalised numbers in the passage.</summary>
    public HashSet<string> Numbers { get; }

    /// <summary>True when the passage has this stem, or one sharing its first five letters ("Russian" ~ "Russia's").</summary>
    public bool Contains(string stem) => _stems.Contains(stem) || (stem.Length >= 5 && _prefixes.Contains(stem[..5]));
}
