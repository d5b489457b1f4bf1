using System.Text.RegularExpressions;

namespace QaBot.Core.Answering.Reading;

/// <summary>
/// Which sentences read well when quoted alone. Photo captions ("Xi Jinping (L) and Vladimir Putin (R) March 21, 2023 in
/// Moscow"), headlines and section titles (no closing punctuation, or the article's title again) and publishing
/// boilerplate ("X contacted Y for comment", "Read also", "Subscribe") are never quoted. A sentence that opens with a
/// pronoun or a connective ("He said…", "But…", "This…") leans on the one before it, which the answer then quotes too.
/// </summary>
public static partial class Readability
{
    /// <summary>
    /// True when <paramref name="sentence"/> can be quoted as part of an answer; <paramref name="restOfLine"/> is what
    /// follows it on its line (a caption is often followed by its photo credit).
    /// </summary>
    public static bool IsQuotable(string sentence, string title, string restOfLine = "")
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var text = sentence.Trim();
        if (text.Length < 20 || Caption().IsMatch(text) || CreditFollows().IsMatch(restOfLine ?? "") || Boilerplate().IsMatch(text))
        {
            return false;
        }

        // A headline or section title: no sentence-ending punctuation and short, or the article's title line again.
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var headline = !EndsLikeASentence().IsMatch(text) && (words <= 20 || Same(text, title));
        return !headline;
    }

    /// <summary>True when <paramref name="sentence"/> is a photo caption ("… (L) and … (R) March 21, 2023 in Moscow", "Photo: …").</summary>
    public static bool IsCaption(string sentence) => Caption().IsMatch(sentence ?? "");

    /// <summary>
    /// True when <paramref name="line"/> is a section title within an article ("US Intensifies Ties With India"): a few
    /// words opening with a capital, without sentence-ending punctuation, and not publishing boilerplate ("Read Also…").
    /// </summary>
    public static bool IsSectionTitle(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var text = line.Trim();
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words is >= 1 and <= MaxSectionTitleWords && char.IsUpper(text[0]) && !EndsLikeASentence().IsMatch(text) && !text.EndsWith(':') && !Boilerplate().IsMatch(text);
    }

    /// <summary>The most words a section title has.</summary>
    private const int MaxSectionTitleWords = 10;

    /// <summary>True when <paramref name="sentence"/> only makes sense after the sentence before it.</summary>
    public static bool LeansOnPrevious(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return BackReference().IsMatch(sentence.TrimStart('“', '"', '‘', '\'', ' '));
    }

    private static bool Same(string a, string b)
    {
        if (string.IsNullOrWhiteSpace(b))
        {
            return false;
        }

        static string Letters(string s) => new([.. s.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);
        var x = Letters(a);
        var y = Letters(b);
        return x.Length > 0 && (x == y || (y.Length > 20 && x.StartsWith(y.TrimEnd('…'), StringComparison.Ordinal)));
    }

    [GeneratedRegex(@"\((L|R|C|left|right|center|centre)\)|\|\s*Photo|\bPhoto( credit)?\s*:|\b(Getty Images|AFP via Getty|AP Photo|Reuters/|File photo)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Caption();

    [GeneratedRegex(@"^\s*(\||Photo( credit)?\s*:|\((Photo|Image)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex CreditFollows();

    [GeneratedRegex(@"\b(contacted|reached out to)\b.{0,80}\bfor (a )?comment\b|^(Read (Also|More)|Related( Article)?|Advertisement|Subscribe|Sign up|Click here)\b|\bis committed to challenging conventional wisdom\b|\bbecome a member\b|\ball rights reserved\b", RegexOptions.IgnoreCase)]
    private static partial Regex Boilerplate();

    [GeneratedRegex(@"[.!?…]['’""”)\]]*$")]
    private static partial Regex EndsLikeASentence();

    [GeneratedRegex(@"^(He|She|They|It|Its|His|Her|Their|This|These|That|Those|Such|But|And|So|Also|However|Still|Yet|Instead|Nevertheless|In turn|The move|The term|The statement|The pair|The couple|Both men|Both sides|The two)\b")]
    private static partial Regex BackReference();
}
