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
    /// <summary>How many of the best sentences of the asked time are read for how they met.</summary>
    private const int BestOfTheTime = 8;

    /// <summary>
    /// True when <paramref name="question"/> names a time and takes for granted one way of meeting then, while the best
    /// <paramref name="ranked"/> sentences of that time tell of the other and none tells of the one asked. A visit (someone
    /// went somewhere or met in person) is taken for a call when they tell of a call and of no visit then — a visit
    /// planned for later, "expected Xi to visit Moscow in the spring", is not one; a call ("what did xi and putin say on
    /// their video call in sept 2022") is taken for a visit when they tell of a meeting in person, or one set to happen
    /// ("Uzbekistan is set to host a meeting…"), and of no call. A question that asks whether ("did xi visit moscow in dec
    /// 2022") is answered by what happened instead; one that names both, or a visit planned ("on the dec 30 video call,
    /// when did putin say he expects xi to come to moscow"), takes neither for granted.
    /// </summary>
    public static bool TakenTheOtherWay(ReaderQuestion question, IEnumerable<ScoredSentence> ranked)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(ranked);
        var asksVisit = AsksInPerson().IsMatch(question.Text);
        if (question.Dates.Count == 0 || asksVisit == Call().IsMatch(question.Text) || AnswerChecks.AsksYesOrNo(question.Text)
            || (asksVisit && Planned().IsMatch(question.Text)))
        {
            return false;
        }

        var ofTheTime = ranked.Select(s => s.Candidate).Where(c => OfAskedTime(question, c)).ToList();
        var best = ofTheTime.Take(BestOfTheTime);
        return asksVisit
            ? best.Any(c => Call().IsMatch(c.Text)) && !ofTheTime.Any(c => InPerson().IsMatch(c.Text) && !Planned().IsMatch(c.Text))
            : best.Any(c => InPerson().IsMatch(c.Text)) && !ofTheTime.Any(c => Call().IsMatch(c.Text));
    }

    /// <summary>
    /// True when <paramref name="question"/> puts a meeting at a place and a time ("what did xi and putin talk about at
    /// their 2021 meeting in uzbekistan") and the <paramref name="ranked"/> sentences that name the place all tell of
    /// other times (the Uzbekistan meeting was in September 2022; the 2021 talks were a video call): no meeting there then
    /// is told. A question that asks whether ("did they meet in uzbekistan in 2021") is answered by what happened instead;
    /// one that asks where names a place around it ("which city did xi visit in russia in 2019": St. Petersburg).
    /// </summary>
    public static bool PlacedAtOtherTime(ReaderQuestion question, IEnumerable<ScoredSentence> ranked)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(ranked);
        if (question.Dates.Count == 0 || AnswerChecks.AsksYesOrNo(question.Text) || AnswerChecks.AsksWhere(question) || MeetingAt().Match(question.Text) is not { Success: true } at
            || !Text.PlaceNames.IsPlace(at.Groups["place"].Value))
        {
            return false;
        }

        var place = new Regex($@"\b{Regex.Escape(at.Groups["place"].Value)}\b", RegexOptions.IgnoreCase);
        var naming = ranked.Select(s => s.Candidate).Where(c => place.IsMatch(c.Text)).ToList();
        return naming.Count > 0 && !naming.Any(c => OfAskedTime(question, c));
    }

    /// <summary>A meeting at a place, as a question says it: "their 2021 meeting in uzbekistan", "the summit at camp david", "when they met in beijing".</summary>
    [GeneratedRegex(@"\b(?:meeting|meetings|meetup|meet|met|summit|talks|visit|trip)\s+(?:\p{L}+\s+){0,2}?(?:in|at)\s+(?<place>\p{L}+)", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingAt();

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
