using System.Text.RegularExpressions;

namespace QaBot.Core.Answering.Reading;

/// <summary>
/// How leaders met at a time the question names: in person or by a call. A question that takes a visit for granted
/// ("when putin visited beijing for lunar new year in feb 2024 what did he and xi agree on", "what did they discuss when
/// they met irl in dec 2022") when the sentences read of that time tell of a telephone conversation or a video
/// conference, and none of them of a visit or trip then, asks about a meeting that did not happen
/// (<see cref="FalsePremise"/>); so does one that takes a call for granted at a time they met in person.
/// </summary>
public static partial class MeetingMode
{
    /// <summary>How many of the best sentences of the asked time are read for the call.</summary>
    private const int BestOfTheTime = 3;

    /// <summary>
    /// True when <paramref name="question"/> names a time and takes for granted that someone went somewhere or met in
    /// person then, while the best <paramref name="ranked"/> sentences of that time tell of a call and none tells of a
    /// visit then (a visit planned for later, "expected Xi to visit Moscow in the spring", is not one). A question that
    /// asks whether ("did xi visit moscow in dec 2022") is answered by what happened instead, and one that names the call
    /// or a visit planned ("on the dec 30 video call, when did putin say he expects xi to come to moscow") takes no visit
    /// for granted.
    /// </summary>
    public static bool CallTakenForVisit(ReaderQuestion question, IEnumerable<ScoredSentence> ranked)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(ranked);
        if (question.Dates.Count == 0 || !AsksInPerson().IsMatch(question.Text) || AnswerChecks.AsksYesOrNo(question.Text)
            || Call().IsMatch(question.Text) || Planned().IsMatch(question.Text))
        {
            return false;
        }

        var ofTheTime = ranked.Select(s => s.Candidate).Where(c => OfAskedTime(question, c)).ToList();
        return ofTheTime.Take(BestOfTheTime).Any(c => Call().IsMatch(c.Text))
            && !ofTheTime.Any(c => InPerson().IsMatch(c.Text) && !Planned().IsMatch(c.Text));
    }

    /// <summary>
    /// True when <paramref name="question"/> names a time and takes a call then for granted ("what did xi and putin say
    /// on their video call in sept 2022") while the best <paramref name="ranked"/> sentences of that time tell of a
    /// meeting in person (or one set to happen: "Uzbekistan is set to host a meeting…") and none of them of a call. A
    /// question that asks whether, or that names a visit too, takes no call for granted.
    /// </summary>
    public static bool VisitTakenForCall(ReaderQuestion question, IEnumerable<ScoredSentence> ranked)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(ranked);
        if (question.Dates.Count == 0 || !Call().IsMatch(question.Text) || AsksInPerson().IsMatch(question.Text) || AnswerChecks.AsksYesOrNo(question.Text))
        {
            return false;
        }

        var ofTheTime = ranked.Select(s => s.Candidate).Where(c => OfAskedTime(question, c)).ToList();
        return ofTheTime.Take(BestOfTheTime).Any(c => InPerson().IsMatch(c.Text)) && !ofTheTime.Any(c => Call().IsMatch(c.Text));
    }

    /// <summary>True when <paramref name="sentence"/> tells of the time the question names: by a date it writes or implies, or, naming none, by its article's date.</summary>
    private static bool OfAskedTime(ReaderQuestion question, CandidateSentence sentence)
    {
        var dates = ReaderQuestion.DatesIn(sentence.Text, sentence.Chunk.Date);
        return dates.Count > 0
            ? question.DateMatches(dates)
            : sentence.Chunk.Date is { } published && (question.DateMatches(published) || question.ReportedOn(published));
    }

    /// <summary>Going somewhere or meeting in person, as a question says it ("visited beijing", "flew to moscow", "his trip", "met in person": "irl" and "face to face" are spelt out so).</summary>
    [GeneratedRegex(@"\b(?:visit(?:s|ed|ing)?|trips?|travel(?:s|ed|led|ing|ling)?|flew|fly(?:ing)?|went\s+to|arriv(?:e|ed|es|ing)|in\s+person|face[\s-]+to[\s-]+face)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksInPerson();

    /// <summary>A visit or a meeting in person, as the news tells it.</summary>
    [GeneratedRegex(@"\b(?:visit(?:s|ed|ing)?|trips?|travel(?:s|ed|led|ing|ling)?|flew|arriv(?:e|ed|es|ing|al)|in\s+person|face[\s-]+to[\s-]+face|host(?:s|ed|ing)?|embark(?:s|ed|ing)?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex InPerson();

    /// <summary>A call: a telephone conversation, a video conference, a virtual summit.</summary>
    [GeneratedRegex(@"\b(?:(?:tele)?phone|video\w*|virtual(?:ly)?|call|calls)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Call();

    /// <summary>A plan, not what happened: "is expected to visit", "will travel", "is set to embark", "was supposed to go".</summary>
    [GeneratedRegex(@"\b(?:will|would|expect\w*|anticipat\w*|set\s+to|plan\w*|due\s+to|intend\w*|hop(?:e|es|ed|ing)\s+to|invit\w*|supposed\s+to|gonna)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Planned();
}
