namespace QaBot.Core.Chunking;

/// <summary>Word lists the <see cref="SentenceSplitter"/> consults when a period may or may not end a sentence.</summary>
internal static class Abbreviations
{
    /// <summary>Always followed by more of the same sentence ("Mr. Putin", "St. Petersburg", "No. 5").</summary>
    public static readonly HashSet<string> NeverFinal = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "st", "sr", "gen", "col", "lt", "maj", "sgt", "capt", "cmdr", "adm",
        "gov", "sen", "rep", "rev", "hon", "pres", "fr", "mt", "ft", "vs", "approx", "cf", "ave", "blvd", "dept",
        "univ", "messrs", "mme", "mlle",
    };

    /// <summary>Abbreviations only before a number ("No. 5", "Vol. 3"); otherwise ordinary words ("He said no.").</summary>
    public static readonly HashSet<string> BeforeNumber = new(StringComparer.OrdinalIgnoreCase)
    {
        "no", "nos", "fig", "figs", "vol", "art", "op", "ch", "sec", "pp", "p", "pt", "para",
    };

    /// <summary>
    /// Usually inside a sentence ("Feb. 24", "General Electric Co. jet engines") but able to end one
    /// ("… owned by Acme Inc. The deal …"): a break only when a typical sentence opener follows.
    /// </summary>
    public static readonly HashSet<string> RarelyFinal = new(StringComparer.OrdinalIgnoreCase)
    {
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "inc", "co", "corp", "ltd", "llc", "plc", "jr", "etc", "bros", "est", "al",
    };

    /// <summary>Words that commonly open a sentence; after "U.S." or "Inc." they signal a real sentence end.</summary>
    public static readonly HashSet<string> SentenceOpeners = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We", "I", "You",
        "His", "Her", "Their", "Our", "My", "But", "And", "Or", "So", "Yet", "However", "Meanwhile", "In", "On",
        "At", "As", "For", "If", "When", "While", "After", "Before", "There", "Here", "Some", "Many", "Most",
        "Also", "According", "Still", "Then", "Now", "Both", "Such", "What", "Why", "How", "Who", "Last", "Next",
    };
}
