using System.Text.RegularExpressions;
using QaBot.Core.Text;

namespace QaBot.Core.Answering.Reading;

/// <summary>
/// One side doing something to the other, taken for granted the wrong way round (<see cref="FalsePremise"/>): "why did
/// xi invite putin to beijing" when every sentence read that tells an invitation between the two has Putin extend it
/// ("Russian President Vladimir Putin extended an invitation to Xi Jinping…"). The deed is read by its word or the news'
/// word for it (<see cref="Synonyms"/>: "invite" by "invitation", "thank" by "gratitude").
/// </summary>
public static partial class ActedOn
{
    /// <summary>
    /// True when <paramref name="question"/> has one name (a word the sentences write with a capital) do a deed to another
    /// ("xi invite putin") and every one of <paramref name="sentences"/> that names both and the deed names the other one
    /// before the deed, and not the one asked.
    /// </summary>
    public static bool TheOtherWay(string question, IEnumerable<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(sentences);
        if (Deed().Match(question) is not { Success: true } deed)
        {
            return false;
        }

        var texts = sentences.Distinct(StringComparer.Ordinal).ToList();
        var capitalised = CapitalisedWords.In(texts);
        var (a, b) = (deed.Groups["a"].Value.ToLowerInvariant(), deed.Groups["b"].Value.ToLowerInvariant());
        if (!WordTokens.IsContentWord(a) || !WordTokens.IsContentWord(b) || !capitalised.Contains(a) || !capitalised.Contains(b))
        {
            return false;
        }

        var (doer, done) = (Stemmer.Stem(a), Stemmer.Stem(b));
        var act = Stemmer.Stem(deed.Groups["act"].Value.ToLowerInvariant());
        var acts = Synonyms.Of(act).Append(act).ToHashSet(StringComparer.Ordinal);
        return doer != done && DoneByTheOther(
            texts.Select(s => WordTokens.Of(s).Select(Stemmer.Stem).ToList()).Where(words => words.Contains(doer) && words.Contains(done) && words.Any(acts.Contains)),
            acts.Contains, doer, done);
    }

    /// <summary>
    /// True when there is a sentence (its words' stems) among <paramref name="sentences"/> and each names
    /// <paramref name="done"/> and not <paramref name="doer"/> before its first word of the deed
    /// (<paramref name="isDeed"/>): the other one does it. Also reads who calls whom something
    /// (<see cref="FalsePremise"/>: "Chinese Xi even described Putin as his best friend").
    /// </summary>
    internal static bool DoneByTheOther(IEnumerable<List<string>> sentences, Predicate<string> isDeed, string doer, string done)
    {
        var before = sentences.Select(words => words.Take(Math.Max(0, words.FindIndex(isDeed))).ToHashSet(StringComparer.Ordinal)).ToList();
        return before.Count > 0 && before.All(subject => subject.Contains(done) && !subject.Contains(doer));
    }

    /// <summary>A name doing a deed to another name: "xi invite putin", "moscow thanked beijing", "biden warned xi".</summary>
    [GeneratedRegex(@"\b(?<a>\p{L}[\p{L}'’\-]*)\s+(?:(?:first|once|even|ever|also|publicly|openly|personally)\s+)?(?<act>invit(?:e|es|ed|ing)|thank(?:s|ed|ing)?|warn(?:s|ed|ing)?|accus(?:e|es|ed|ing)|blam(?:e|es|ed|ing)|prais(?:e|es|ed|ing)|threaten(?:s|ed|ing)?|congratulat(?:e|es|ed|ing))\s+(?<b>\p{L}[\p{L}'’\-]*)", RegexOptions.IgnoreCase)]
    private static partial Regex Deed();
}
