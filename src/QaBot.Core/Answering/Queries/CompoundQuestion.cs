using System.Text.RegularExpressions;
using QaBot.Core.Text;

namespace QaBot.Core.Answering.Queries;

/// <summary>
/// Two questions typed as one message, joined by "and" before a question word or asked one after the other: "how big a
/// trade partner is china for russia and whats the newest number", "which us officials are quoted and what are their
/// jobs", "who is stoltenberg, and what did he say about china", "where did they meet? did they sign anything". Each
/// part is answered on its own — no sentence answers both —, the second read as a follow-up of the first
/// (<see cref="FollowUpCarryOver"/>: "what are their jobs" asks about the officials), and not answered when it follows
/// on from a first part the articles do not answer. "What did xi and putin discuss and when" (nothing after the
/// question word), "xi and putin", "china and russia are allies and nato is worried, what does nato say" (no question
/// word after "and") and "i saw something about drones near taiwan? what happened with that" (the first part is no
/// question) stay one question.
/// </summary>
public static partial class CompoundQuestion
{
    /// <summary>
    /// The questions <paramref name="question"/> asks, each standalone: two for a compound question, else the question
    /// itself. A second part that carries the first one's topic over follows on from it.
    /// </summary>
    public static IReadOnlyList<QuestionPart> Parts(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (EachOfTwo(question) is { } each)
        {
            return each;
        }

        var m = Joined().Match(question) is { Success: true } joined ? joined : Asked().Match(question);
        var first = m.Groups["first"].Value.Trim().TrimEnd(',', ';', '?');
        var second = m.Groups["second"].Value.Trim();
        if (!m.Success || !Opening().IsMatch(ChatShorthand.Unframed(first)) || WordTokens.Content(first).Count == 0 || WordTokens.Content(second).Count == 0)
        {
            return [new QuestionPart(question, false)];
        }

        // What the second part carries over is the first as the search reads it: "yo who did the nato boss sit down with…"
        // carries "nato boss met", not "yo" and "sit".
        var asked = QuestionIntent.SearchPhrasing(first);
        var standalone = FollowUpCarryOver.Rewrite(second, [new ChatTurn("user", asked)]);
        if (standalone == second && NamesNothing(second))
        {
            standalone = FollowUpCarryOver.Combine(asked, second);
        }

        return [new QuestionPart(first, false), new QuestionPart(standalone, standalone != second)];
    }

    /// <summary>
    /// For a question about two people or places, each of them ("putin and lavrov both talked abt xi coming to moscow. when
    /// did each one say it'd happen", "what did china and russia each say about taiwan"), the question about the one and the
    /// same about the other: one passage seldom tells both, and the first would otherwise crowd out the second (Putin's
    /// "in the spring" behind Lavrov's "before the first anniversary"). Null for any other question.
    /// </summary>
    private static IReadOnlyList<QuestionPart>? EachOfTwo(string question)
    {
        var pair = TwoNames().Match(question);
        if (!pair.Success || !Each().IsMatch(question[(pair.Index + pair.Length)..]))
        {
            return null;
        }

        string[] names = [pair.Groups["a"].Value, pair.Groups["b"].Value];
        if (!names.All(IsName) || names[0].Equals(names[1], StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return [.. names.Select(name => new QuestionPart(
            Each().Replace(string.Concat(question.AsSpan(0, pair.Index), name, question.AsSpan(pair.Index + pair.Length)), m => m.Groups["one"].Success ? " " + name : ""), false))];
    }

    /// <summary>A person's or a place's name: a word English writes only with a capital or not at all ("putin", "lavrov"), or a place ("china").</summary>
    private static bool IsName(string word) =>
        WordTokens.IsContentWord(word.ToLowerInvariant()) && (EnglishWords.IsName(word.ToLowerInvariant()) || PlaceNames.IsPlace(word.ToLowerInvariant()));

    /// <summary>Two names joined by "and" (or "&amp;", chat's "n"), with "both" after them or not.</summary>
    [GeneratedRegex(@"\b(?<a>\p{L}[\p{L}'’-]+)\s+(?:and|&|n)\s+(?<b>\p{L}[\p{L}'’-]+)(?:\s+both)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex TwoNames();

    /// <summary>"each one", "each of them" (who each is: the name), or a bare "each" after the verb ("what did they each say": dropped).</summary>
    [GeneratedRegex(@"\s*\beach\b(?<one>\s+(?:one|of\s+them|of\s+the\s+two|guy|side))?(?!\s+(?:time|article|story|piece|year|other)s?\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Each();

    /// <summary>The most content words a second part may have and still be read as asking about the first part's topic.</summary>
    private const int MaxOwnWords = 2;

    /// <summary>
    /// True when a second part names nothing of its own — a word or two, all plain English words ("and whats the newest
    /// number": the newest trade figure) —; "and who is lavrov" or "and what about taiwan" name what they ask about.
    /// </summary>
    private static bool NamesNothing(string part)
    {
        var words = WordTokens.Of(part).Where(WordTokens.IsContentWord).ToList();
        return words.Count is > 0 and <= MaxOwnWords && words.All(w => EnglishWords.Contains(w) && !EnglishWords.IsCapitalOnly(w));
    }

    /// <summary>The words that open a question about something: "what", "whats", "who's"…</summary>
    private const string QuestionWord = "what|whats|what's|how|when|where|who|whos|who's|which|why";

    /// <summary>The verbs that open a yes/no question: "did", "is", "can"…</summary>
    internal const string QuestionVerb = "did|does|do|is|are|was|were|has|have|had|can|could|will|would";

    /// <summary>
    /// A question, then "and" (or ", and", "and also", chat's "n") and a second question that opens with a question word, or with a
    /// verb and a pronoun ("…and did they end up blowing past their goal").
    /// </summary>
    [GeneratedRegex(@"^(?<first>.*?\w.*?)(?:\s*[,;]\s*|\s+)(?:and|&|plus|n|nd)\s+(?:also\s+)?(?<second>(?:(?:" + QuestionWord + @")\b|(?:" + QuestionVerb + @")\s+(?:they|it|he|she|there|that|this|these|those)\b)\W*\w.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Joined();

    /// <summary>
    /// A question's opening: a question word or a verb ("i saw something about drones near taiwan? what happened" tells
    /// what the question is about) — or a question asked in place, the way people type it, with "how long", "how many"…
    /// where the answer would stand ("china's been russia's biggest trade partner for how long, and whats…"), or after a
    /// remark or a topic the user asks about, set off by "?", ":" or a dash ("xi barely traveled for a while right? where was his first trip abroad…, and
    /// when…", "sanctions on russia: who's hitting it w them n how does china feel abt it", "xi's first trip abroad in 2+ yrs — where
    /// did he go n what summit was it"), or the last, first or next time something happened, asked in few words ("most recent
    /// time xi and putin talked? was it in person").
    /// </summary>
    [GeneratedRegex(@"(?:^|[?:—–]|\s-\s)\W*(?:" + QuestionWord + "|" + QuestionVerb + @")\b|\bhow\s+(?:long|many|much|often|far|big)\b|" + TimeOpening, RegexOptions.IgnoreCase)]
    private static partial Regex Opening();

    /// <summary>
    /// The last, first or next time something happened, asked in few words ("most recent time xi and putin talked?"),
    /// unless a question word after it asks something else of that time ("last time xi went to russia, which city"): a
    /// question of its own, and one asking when (<see cref="QuestionIntent"/>).
    /// </summary>
    internal const string TimeOpening = @"^\W*(?:the\s+)?(?:last|latest|most\s+recent|first|next)\s+time\b(?![^?]*\b(?:where|who|whom|what|which|how|why)\b)";

    /// <summary>A question ending in "?", then a second one that opens with a question word or a verb ("where did they meet? did they sign anything").</summary>
    [GeneratedRegex(@"^(?<first>.*?\w.*?)\?+\s*(?:(?:and|&|plus|n|nd|also)\s+)?(?<second>(?:" + QuestionWord + "|" + QuestionVerb + @")\b\W*\w.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Asked();
}

/// <summary>One question of a message; <paramref name="FollowsOn"/> when it asks about what the part before it asked ("…and what are their jobs").</summary>
public sealed record QuestionPart(string Text, bool FollowsOn);
