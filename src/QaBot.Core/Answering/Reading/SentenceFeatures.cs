using System.Numerics.Tensors;
using QaBot.Core.Articles;
using QaBot.Core.Retrieval;

namespace QaBot.Core.Answering.Reading;

/// <summary>
/// What the reader knows about one candidate sentence, as numbers for <see cref="ReaderModel"/>: how close it is in
/// meaning to the question (the sentence encoder), how much of the question's weighted words it and its passage hold,
/// whether it has the kind of content asked for (for "what did X call Y", whether it describes Y), where its passage ranked, whether it tells something the question
/// does not already say, and whether its years and dates (relative ones resolved against the article's date) agree
/// with the question's, or the article's own date does.
/// </summary>
public static class SentenceFeatures
{
    /// <summary>The features' names, in the order <see cref="Of"/> returns them.</summary>
    public static readonly IReadOnlyList<string> Names =
    [
        "similarity", "similarityGap", "coverage", "passageCoverage", "kindFit", "addsAnswer", "describesAsked", "passageRank", "lead", "novelty", "yearMatch", "yearConflict", "dateMatch", "dateConflict", "articleDateMatch", "length", "leansOnPrevious",
    ];

    /// <summary>Which way each feature may point when fitted (+1: only towards an answer, −1: only against); the rest are free.</summary>
    public static readonly IReadOnlyDictionary<string, int> Signs = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["similarity"] = 1, ["coverage"] = 1, ["passageCoverage"] = 1, ["kindFit"] = 1, ["addsAnswer"] = 1, ["describesAsked"] = 1,
        ["passageRank"] = 1, ["yearMatch"] = 1, ["yearConflict"] = -1, ["dateMatch"] = 1, ["dateConflict"] = -1, ["articleDateMatch"] = 1,
    };

    /// <summary>Where the feature <paramref name="name"/> is in a feature vector.</summary>
    public static int IndexOf(string name)
    {
        for (var i = 0; i < Names.Count; i++)
        {
            if (Names[i] == name)
            {
                return i;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(name), name, "not a sentence feature");
    }

    /// <summary>The features of <paramref name="candidate"/> for <paramref name="question"/>; <paramref name="bestSimilarity"/> is the highest similarity among the candidates.</summary>
    public static double[] Of(ReaderQuestion question, CandidateSentence candidate, double bestSimilarity)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(candidate);
        var similarity = Similarity(question, candidate);
        var words = PassageWords.Of(candidate.Text);
        var quoted = candidate.QuotedBefore is { } before ? PassageWords.Of(before + " " + candidate.Text) : words; // "He said…" is quoted after who he is
        var years = ReaderQuestion.YearsIn(candidate.Text).ToHashSet(StringComparer.Ordinal);
        var yearMatch = question.Years.Count > 0 && years.Any(question.AsksAboutYear);
        var yearConflict = question.Years.Count > 0 && years.Count > 0 && !yearMatch;
        var dates = question.Dates.Count == 0 ? [] : ReaderQuestion.DatesIn(candidate.Text, candidate.Chunk.Date);
        var dateMatch = question.DateMatches(dates);
        var articleDate = candidate.Chunk.Date is { } d && question.ReportedOn(d);
        // A day named is when it was said (ReaderQuestion.GivesDay), so the date asked for is another one, and the article of
        // that day may give it though it conflicts with the day.
        var addsAnswer = (QuestionIntent.AddsAnswer(question.Kind, question.Text, candidate.Text) && (!question.GivesDay || question.TellsOtherDate(dates)))
            || ResolvesAskedDate(question, candidate);
        return
        [
            similarity,
            similarity - bestSimilarity,
            question.Coverage(quoted),
            question.Coverage(PassageWords.Of(candidate.Chunk.Text)),
            QuestionIntent.Satisfies(question.Kind, candidate.Text) ? 1 : 0,
            addsAnswer && question.Kind != AnswerKind.Description ? 1 : 0,
            addsAnswer && question.Kind == AnswerKind.Description ? 1 : 0,
            1.0 / (1 + candidate.Rank),
            candidate.Offset == 0 || (candidate.Chunk.Index == 0 && candidate.Previous is null) ? 1 : 0,
            Novelty(question, words),
            yearMatch ? 1 : 0,
            yearConflict ? 1 : 0,
            dateMatch ? 1 : 0,
            question.Dates.Count > 0 && dates.Count > 0 && !dateMatch && !(question.GivesDay && articleDate) ? 1 : 0,
            articleDate ? 1 : 0,
            Math.Min(1.0, candidate.Text.Length / 300.0),
            candidate.LeansOnPrevious ? 1 : 0,
        ];
    }

    /// <summary>
    /// True when a question for a date is answered by a relative one the sentence says, resolved against its article's
    /// date, more exactly than the question says it: "Sabrina Singh told reporters Tuesday" (February 6, 2024) for "the
    /// pentagon spokesperson talked to reporters on a tuesday, what date was that"; "…established… in February" (February
    /// 2022) for "the no limits deal was made 'in february' - feb of which year". The words are the question's own, the date is not.
    /// </summary>
    private static bool ResolvesAskedDate(ReaderQuestion question, CandidateSentence candidate) =>
        question.Kind == AnswerKind.Date && candidate.Chunk.Date is { } published
        && QaBot.Core.Articles.RelativeDates.Find(candidate.Text, published)
            .Any(d => !d.Since && d.Precision <= QaBot.Core.Articles.DatePrecision.Month && !question.Dates.Any(q => q.Precision <= d.Precision && q.Overlaps(d)));

    /// <summary>Cosine similarity of question and sentence (vectors are unit length); 0 without vectors.</summary>
    public static double Similarity(ReaderQuestion question, CandidateSentence candidate)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(candidate);
        return question.Vector is { } q && candidate.Vector is { } s ? TensorPrimitives.Dot(q, s) : 0;
    }

    /// <summary>Share of the sentence's content words that the question does not contain: what it adds.</summary>
    private static double Novelty(ReaderQuestion question, PassageWords sentence)
    {
        if (sentence.Stems.Count == 0)
        {
            return 0;
        }

        var asked = question.Terms.Select(t => t.Stem).ToHashSet(StringComparer.Ordinal);
        return sentence.Stems.Count(s => !asked.Contains(s)) / (double)sentence.Stems.Count;
    }
}
