using QaBot.Core.Articles;
using System.Text.RegularExpressions;

namespace QaBot.Core.Answering.Reading;

/// <summary>
/// What decides between answering and "I could not find this in the articles.": how sure the reader is of its best
/// sentence, how close in meaning that sentence is to the question, how much of the
/// question's weight no retrieved passage mentions at all, and whether a year or date the question names appears nowhere
/// in them about as exactly (relative dates resolved against each article's date, or the article's own date; a month
/// asked for is not told by its year), and whether the thing the
/// question asks about ("how many warships") is named in them and in the best sentence, and whether none of the best
/// sentences holds the kind of answer asked for (a number for "how many", a name for "who").
/// Judged against the retrieved passages only — a large store mentions everything somewhere.
/// </summary>
public static partial class AnswerabilityFeatures
{
    /// <summary>The features' names, in the order <see cref="Of"/> returns them.</summary>
    public static readonly IReadOnlyList<string> Names =
    [
        "bestLogit", "bestSimilarity", "absentWeight", "yearAbsent", "dateAbsent", "focusAbsent", "focusOutsideBest", "bestAddsAnswer", "kindMissing", "kindAsked",
    ];

    /// <summary>How many of the best sentences must hold none of the asked-for kind of answer for "kindMissing".</summary>
    internal const int KindLooksAt = 3;

    /// <summary>Which way each feature may point when fitted (+1: only towards answering, −1: only towards declining).</summary>
    public static readonly IReadOnlyDictionary<string, int> Signs = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["bestLogit"] = 1, ["bestSimilarity"] = 1, ["absentWeight"] = -1, ["yearAbsent"] = -1, ["dateAbsent"] = -1,
        ["focusAbsent"] = -1, ["focusOutsideBest"] = -1, ["bestAddsAnswer"] = 1, ["kindMissing"] = -1,
    };

    /// <summary>The features for <paramref name="question"/> whose sentences the reader ranked as <paramref name="ranked"/> (best first; empty when nothing was retrieved).</summary>
    public static double[] Of(ReaderQuestion question, IReadOnlyList<ScoredSentence> ranked, IReadOnlyList<CandidateSentence> candidates)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentNullException.ThrowIfNull(candidates);
        var best = ranked.Count == 0 ? null : ranked[0];
        var passages = candidates.Select(c => c.Chunk).DistinctBy(c => c.Id).ToList();
        var words = passages.Select(c => Retrieval.PassageWords.Of(c.Text)).ToList();
        double total = question.Terms.Sum(t => t.Weight), absent = 0;
        foreach (var term in question.Terms)
        {
            if (!words.Any(w => w.Has(term)))
            {
                absent += term.Weight;
            }
        }

        var years = passages.SelectMany(p => ReaderQuestion.YearsIn(p.Text).Append(p.Date?.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""))
            .ToHashSet(StringComparer.Ordinal);
        var yearAbsent = question.Years.Any(y => !years.Contains(y));
        var dateAbsent = question.Dates.Count > 0 && !passages.Any(p =>
            ReaderQuestion.DatesIn(p.Text, p.Date).Any(d => question.Dates.Any(q => q.IsToldBy(d))) || (p.Date is { } d && question.DateMatches(d)));
        var p = best is null ? 1e-4 : Math.Clamp(best.Probability, 1e-4, 1 - 1e-4);
        return
        [
            Math.Log(p / (1 - p)),
            Feature(best, "similarity"),
            total <= 0 ? 1 : absent / total,
            yearAbsent ? 1 : 0,
            dateAbsent ? 1 : 0,
            !words.Any(question.FocusNamedIn) ? 1 : 0,
            best is not null && !question.FocusNamedIn(Retrieval.PassageWords.Of(best.Candidate.Text)) ? 1 : 0,
            AddsAskedAnswer(best) ? 1 : 0,
            question.Kind != AnswerKind.Any && !ranked.Take(KindLooksAt).Any(AddsAskedAnswer) ? 1 : 0,
            question.Kind == AnswerKind.Any ? 0 : 1,
        ];
    }

    /// <summary>True when <paramref name="sentence"/> holds the asked-for kind of answer (a description, for a description question).</summary>
    internal static bool AddsAskedAnswer(ScoredSentence? sentence) => Feature(sentence, "addsAnswer") + Feature(sentence, "describesAsked") > 0;

    /// <summary>True when <paramref name="sentence"/> describes what a description question asks about ("…relations… are at an unprecedented level").</summary>
    internal static bool DescribesAsked(ScoredSentence? sentence) => Feature(sentence, "describesAsked") > 0;

    private static double Feature(ScoredSentence? sentence, string name) =>
        sentence is null ? 0 : sentence.Features[SentenceFeatures.IndexOf(name)];
}
