using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using QaBot.Core.Text;

namespace QaBot.Core.Answering.Queries;

/// <summary>
/// The offline follow-up rewrite: when a question leans on the previous one ("and in 2021?", "what about Xi?",
/// "when did he go?", "why?", or a short one that picks up a word of the previous answer: "ok whats the target
/// number"), carry the previous question's topic over. A new year replaces the old one
/// ("…trade between Russia and China in 2023?" + "and in 2021?" → "…in 2021?"); otherwise the topic words are
/// appended. Deterministic, so the eval can measure it.
/// </summary>
public static partial class FollowUpCarryOver
{
    /// <summary>
    /// A standalone version of <paramref name="question"/> given the earlier turns (oldest first); years typed short are
    /// read first ("and '19?" asks about 2019: <see cref="ChatShorthand.Dates"/>).
    /// </summary>
    public static string Rewrite(string question, IReadOnlyList<ChatTurn> history)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(history);
        string? previous = null, answer = null;
        foreach (var turn in history)
        {
            if (turn.Role != "user")
            {
                answer = turn.Content;
                continue;
            }

            var asked = ChatShorthand.Dates(turn.Content);
            previous = Continues(asked, previous, answer) ? Combine(previous, asked) : asked.Trim();
            answer = null;
        }

        question = ChatShorthand.Dates(question);
        return Continues(question, previous, answer) ? Combine(previous, question) : question.Trim();
    }

    /// <summary>True when <paramref name="question"/> goes on from <paramref name="previous"/> (and its <paramref name="answer"/>) rather than standing alone.</summary>
    private static bool Continues(string question, [NotNullWhen(true)] string? previous, string? answer) =>
        previous is not null && (IsFollowUp(question) || PicksUpAnswer(question, previous, answer));

    /// <summary>The most content words a question may have and still be read as asking more about the answer before it.</summary>
    private const int MaxPickUpWords = 2;

    /// <summary>
    /// True when a short question names no one (up to <see cref="MaxPickUpWords"/> content words, none capitalised) and
    /// picks up a word of the previous answer that the previous question did not ask: "ok whats the target number" after
    /// an answer quoting "the target of 200 billion dollars" asks about that trade, not about targets in general.
    /// </summary>
    private static bool PicksUpAnswer(string question, string previous, string? answer)
    {
        if (answer is null)
        {
            return false;
        }

        var words = WordTokens.Of(ChatShorthand.Unframed(question)).Where(WordTokens.IsContentWord).ToList();
        if (words.Count is 0 or > MaxPickUpWords || Name().IsMatch(question))
        {
            return false;
        }

        var asked = WordTokens.ContentStems(previous);
        var answered = WordTokens.ContentStems(answer);
        return words.Select(Stemmer.Stem).Any(w => answered.Contains(w) && !asked.Contains(w));
    }

    /// <summary>
    /// True when the question cannot stand alone: it starts with a connector, uses a pronoun, or is a question with at
    /// most one content word ("why?", "Xi?", "in 2021"). A lone word that is not asked ("asdfgh", stray markup) is taken
    /// as it is, so it never repeats the previous answer.
    /// </summary>
    public static bool IsFollowUp(string question)
    {
        var text = question.Trim();
        if (Connector().IsMatch(text))
        {
            return true;
        }

        // "When did he go?" leans on the previous turn; "What did Putin say about his visit?" names whose visit.
        if (SubjectPronoun().IsMatch(text) || (Pronoun().IsMatch(text) && !Name().IsMatch(text)))
        {
            return true;
        }

        // "when is that supposed to happen" leans on the turn before; "what big party event was coming up for xi after
        // that" says enough of its own to be searched as it is.
        var contentWords = WordTokens.Of(text).Count(WordTokens.IsContentWord);
        if (Demonstrative().IsMatch(text) && !Name().IsMatch(text) && contentWords <= MaxDemonstrativeWords)
        {
            return true;
        }

        return contentWords <= 1 && (text.Contains('?', StringComparison.Ordinal) || QuestionWord().IsMatch(text) || text.Any(char.IsDigit));
    }

    /// <summary>The most content words a question that points back with "that" or "this" may have and still lean on the turn before.</summary>
    private const int MaxDemonstrativeWords = 3;

    /// <summary><paramref name="question"/> with what <paramref name="previous"/> asked about carried over.</summary>
    internal static string Combine(string previous, string question)
    {
        var rest = Connector().Replace(question.Trim(), "").Trim().TrimEnd('?', '.', '!', ' ');
        var newYears = Year().Matches(rest).Select(m => m.Value).ToList();
        var restWords = WordTokens.Of(Year().Replace(rest, "")).Where(WordTokens.IsContentWord).ToList();
        var basis = previous.Trim();
        if (newYears.Count == 1 && Year().IsMatch(basis))
        {
            basis = Year().Replace(basis, newYears[0]);
            rest = Year().Replace(rest, "").Trim();
            if (restWords.Count == 0)
            {
                return basis;
            }
        }

        if (restWords.Count >= 2 || Pronoun().IsMatch(rest))
        {
            var own = WordTokens.ContentStems(rest);
            var topic = WordTokens.Of(basis).Where(w => WordTokens.IsContentWord(w) && !own.Contains(Stemmer.Stem(w)))
                .Distinct(StringComparer.Ordinal);
            // The time asked about goes on too, unless the question names its own: "where were xi and putin meeting in
            // sept 2022?" + "and what did the kremlin say they'd talk about" is about the 2022 meeting.
            var years = newYears.Count == 0 ? Year().Matches(basis).Select(m => m.Value).Distinct(StringComparer.Ordinal) : [];
            return $"{question.Trim().TrimEnd('?')} ({string.Join(' ', OriginalCase(basis, topic).Concat(years))})?";
        }

        return rest.Length == 0 ? basis : $"{basis.TrimEnd('?', '.', '!', ' ')} — {rest}?";
    }

    /// <summary>The words as written in <paramref name="source"/> (keeps "Xi Jinping" capitalised for display).</summary>
    private static IEnumerable<string> OriginalCase(string source, IEnumerable<string> lowerWords)
    {
        var written = Regex.Matches(source, @"\p{L}[\p{L}\p{Mn}'’\-]*").Select(m => m.Value).ToList();
        return lowerWords.Select(w => written.FirstOrDefault(x => string.Equals(x, w, StringComparison.OrdinalIgnoreCase)) ?? w);
    }

    [GeneratedRegex(@"^(and|but|also|so|what about|how about|and what about|what of|same for|а|и|а что|а как|что насчёт|что насчет|und|et|y|e|en)\b[\s,]*",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Connector();

    [GeneratedRegex(@"^\W*(why|when|where|who|whom|whose|what|which|how|почему|зачем|когда|где|кто|что|как|сколько|warum|wann|wo|wer|was|wie|pourquoi|quand|où|qui|quoi|comment|por qué|cuándo|dónde|quién|qué|cómo)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuestionWord();

    [GeneratedRegex(@"\b(it|its|they|them|their|he|him|his|she|her|these|those|он|она|они|его|её|ее|их|там|тогда)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pronoun();

    /// <summary>
    /// "that" or "this" standing for what was said before, not naming a thing after it: at the end of the question or
    /// before a verb or a word that cannot be its noun ("when is that supposed to happen", "is that true", "why did they
    /// do that"; not "what did putin say that xi would do" or "that call").
    /// </summary>
    [GeneratedRegex(@"\b(that|this)\b(?=\s*(?:$|[?!.,;:…]|(?:is|was|were|are|will|would|could|should|can|did|does|do|has|have|had|happen\w*|mean\w*|supposed|going|gonna|about|for|true|right|real|still|even|again|so|because|all|ever|really|actually|be|become|came|come|go|went|get|got|end|ended|start|started|cost|take|took)\b))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Demonstrative();

    [GeneratedRegex(@"\b(he|she|they|him|them|он|она|они|ему|ей|им)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubjectPronoun();

    [GeneratedRegex(@"(?<=\S\s+)\p{Lu}")]
    private static partial Regex Name();

    [GeneratedRegex(@"\b(19|20)\d\d\b")]
    private static partial Regex Year();
}
