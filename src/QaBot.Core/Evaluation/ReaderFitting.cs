using QaBot.Core.Answering;
using QaBot.Core.Answering.Reading;
using QaBot.Core.Retrieval;

namespace QaBot.Core.Evaluation;

/// <summary>One eval question as training data for the reader: its candidate sentences, their features, and which hold an expected fact.</summary>
public sealed record ReaderExample(EvalQuestion Question, ReaderQuestion Reader, IReadOnlyList<CandidateSentence> Candidates, IReadOnlyList<double[]> Features, IReadOnlyList<bool> Labels)
{
    /// <summary>For a fact question read with a <see cref="TokenMatch"/>, each candidate's piece-by-piece recall of the question; null otherwise.</summary>
    public IReadOnlyList<double>? TokenRecall { get; init; }

    /// <summary>
    /// The example for <paramref name="question"/> over what retrieval returned for it: a sentence is a positive when the
    /// question is answerable, the sentence holds one of its expected facts, and its article is an expected source.
    /// With <paramref name="tokens"/>, a fact question's candidates also get their <see cref="TokenRecall"/>.
    /// </summary>
    public static ReaderExample From(EvalQuestion question, string searchText, RetrievalResult retrieval, TokenMatch? tokens = null)
    {
        ArgumentNullException.ThrowIfNull(question);
        var (reader, candidates, features) = SentenceReader.Featurize(searchText, retrieval);
        var labels = candidates
            .Select(c => question.Answerable
                && (question.Sources.Count == 0 || question.Sources.Contains(c.Chunk.ArticleId))
                && question.Facts.Any(f => FactMatcher.Matches(c.Text, f)))
            .ToList();
        var recall = tokens is not null && candidates.Count > 1 && reader.Shape == AnswerShape.Fact
            ? tokens.Recall(searchText, [.. candidates.Select(c => c.Text)], reader.WeightOf)
            : null;
        return new ReaderExample(question, reader, candidates, features, labels) { TokenRecall = recall };
    }
}

/// <summary>
/// Fits the <see cref="ReaderModel"/> on eval questions: the sentence model on every candidate sentence, the
/// answerability model on one row per question (answerable or not), and the answer threshold that gets the most
/// questions right (answered with a right sentence, or declined when the articles do not answer). Cross-validation
/// fits one model per fold without that fold's questions, so every question can be answered by a model that never saw it.
/// </summary>
public static class ReaderFitting
{
    /// <summary>At most this many sentences in a fact answer while fitting the shares (Answering:MaxSentences' default).</summary>
    private const int MaxSentences = 3;

    /// <summary>Fits a model on <paramref name="examples"/>, with its variant for full-text-only stores.</summary>
    public static ReaderModel Fit(IReadOnlyList<ReaderExample> examples, string fittedOn)
    {
        ArgumentNullException.ThrowIfNull(examples);
        return FitOne(examples, fittedOn) with { WithoutVectors = FitOne([.. examples.Select(WithoutSimilarity)], fittedOn + ", without vectors") };
    }

    /// <summary>The example as a store without vectors sees it: no similarities.</summary>
    private static ReaderExample WithoutSimilarity(ReaderExample example)
    {
        var zeroed = new[] { SentenceFeatures.IndexOf("similarity"), SentenceFeatures.IndexOf("similarityGap") };
        var features = example.Features.Select(f => f.Select((v, i) => zeroed.Contains(i) ? 0 : v).ToArray()).ToList();
        var candidates = example.Candidates.Select(c => c with { Vector = null }).ToList();
        return example with { Reader = example.Reader with { Vector = null }, Candidates = candidates, Features = features, TokenRecall = null };
    }

    private static ReaderModel FitOne(IReadOnlyList<ReaderExample> examples, string fittedOn)
    {
        var rows = examples.SelectMany(e => e.Features).ToList();
        var labels = examples.SelectMany(e => e.Labels).ToList();
        var sentence = LogisticRegression.Fit(SentenceFeatures.Names, rows, labels, signs: SentenceFeatures.Signs);

        var scored = examples.Select(e => Score(e, sentence)).ToList();
        var answerable = LogisticRegression.Fit(
            AnswerabilityFeatures.Names, [.. scored.Select(s => s.Features)], [.. examples.Select(e => e.Question.Answerable)], signs: AnswerabilityFeatures.Signs);
        var (share, otherShare) = BestShares(examples, sentence);
        var complete = examples.Select(e => e.Question.Answerable && e.Candidates.Count > 0
            && Complete(e, SentenceChoice.Best(Ranked(e, sentence), MaxSentences, share, otherShare))).ToList();
        var threshold = BestThreshold(examples, [.. scored.Select((s, i) => (answerable.Probability(s.Features), complete[i]))]);
        return new ReaderModel(sentence, answerable, threshold, share, otherShare, fittedOn) { TokenWeight = BestTokenWeight(examples, sentence) };
    }

    /// <summary>The weights <see cref="BestTokenWeight"/> chooses among.</summary>
    private static readonly double[] TokenWeights = [0, 2.5, 5, 7.5, 10, 15, 20, 30];

    /// <summary>
    /// The <see cref="ReaderModel.TokenWeight"/> under which the most answerable fact questions get a leading sentence that
    /// holds an expected fact (<see cref="TokenMatch.Leader"/> over the model's best sentences); the smallest among equals,
    /// 0 without token recalls.
    /// </summary>
    private static double BestTokenWeight(IReadOnlyList<ReaderExample> examples, LogisticModel sentence)
    {
        var cases = examples
            .Where(e => e.TokenRecall is not null && e.Labels.Any(l => l))
            .Select(e =>
            {
                // The reader's own order (Ranked), each sentence traced back to its candidate's recall and label.
                var position = e.Candidates.Select((c, i) => (c, i)).ToDictionary<(CandidateSentence c, int i), CandidateSentence, int>(x => x.c, x => x.i, ReferenceEqualityComparer.Instance);
                var best = Ranked(e, sentence).Take(TokenMatch.Candidates).ToList();
                var at = best.Select(s => position[s.Candidate]).ToList();
                return (Probabilities: best.Select(s => s.Probability).ToList(), Recall: at.Select(i => e.TokenRecall![i]).ToList(), Labels: at.Select(i => e.Labels[i]).ToList());
            })
            .ToList();
        return cases.Count == 0 ? 0 : TokenWeights.MaxBy(w => cases.Count(c => c.Labels[TokenMatch.Leader(c.Probabilities, c.Recall, w)]));
    }

    /// <summary>
    /// Question id → a model fitted on the other folds' questions (folds assigned by a stable hash of the id). The same
    /// question asked twice (one set merged from others) goes to its first asking's fold: fitted on one copy and tested
    /// on the other it would not be out of fold, and both copies are answered by one model.
    /// </summary>
    public static IReadOnlyDictionary<string, ReaderModel> CrossValidate(IReadOnlyList<ReaderExample> examples, int folds, string fittedOn)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var firstAsking = new Dictionary<Question, string>(SameQuestion.Instance);
        var foldOf = examples.ToDictionary(
            e => e.Question.Id,
            e => Fold(firstAsking.TryAdd(e.Question.ToQuestion(), e.Question.Id) ? e.Question.Id : firstAsking[e.Question.ToQuestion()], folds),
            StringComparer.Ordinal);
        var models = Enumerable.Range(0, folds)
            .Select(f => Fit([.. examples.Where(e => foldOf[e.Question.Id] != f)], $"{fittedOn}, without fold {f + 1} of {folds}"))
            .ToList();
        return foldOf.ToDictionary(p => p.Key, p => models[p.Value], StringComparer.Ordinal);
    }

    private static (double[] Features, bool Unused) Score(ReaderExample example, LogisticModel sentence) =>
        (AnswerabilityFeatures.Of(example.Reader, Ranked(example, sentence), example.Candidates), false);

    /// <summary>
    /// The answer threshold that does best over the questions: a complete answer or a rightful "not found" scores 1; an
    /// incomplete answer to an answerable question ¼ (part of it may still help); declining one that the articles answer, or
    /// answering one they do not, 0.
    /// </summary>
    private static double BestThreshold(IReadOnlyList<ReaderExample> examples, IReadOnlyList<(double Probability, bool Complete)> scored)
    {
        double Right(double threshold) => Enumerable.Range(0, examples.Count).Sum(i =>
            scored[i].Probability >= threshold
                ? examples[i].Question.Answerable ? scored[i].Complete ? 1 : 0.25 : 0
                : examples[i].Question.Answerable ? 0 : 1);

        var cuts = scored.Select(s => s.Probability).Append(0).Append(1).Distinct().Order().ToList();
        var best = cuts.Select((c, i) => (Cut: i + 1 < cuts.Count ? (c + cuts[i + 1]) / 2 : c, Right: 0.0)).Select(x => x with { Right = Right(x.Cut) }).ToList();
        var top = best.Max(b => b.Right);

        // Among equally good cuts take the middle one: the widest margin on both sides.
        var ties = best.Where(b => b.Right == top).ToList();
        return ties[ties.Count / 2].Cut;
    }

    /// <summary>
    /// The shares that make the most fact answers complete (every expected fact quoted, an expected source cited) while
    /// keeping their sources right: pass + ½·citation precision, summed over the answerable questions.
    /// </summary>
    private static (double Share, double OtherShare) BestShares(IReadOnlyList<ReaderExample> examples, LogisticModel sentence)
    {
        var answerable = examples.Where(e => e.Question.Answerable && e.Candidates.Count > 0).Select(e => (Example: e, Ranked: Ranked(e, sentence))).ToList();
        var grid = Enumerable.Range(2, 9).Select(i => i / 10.0).ToList();
        return grid.SelectMany(share => grid.Where(other => other >= share).Append(1.01).Select(other => (share, other)))
            .MaxBy(p => answerable.Sum(a => Worth(a.Example, SentenceChoice.Best(a.Ranked, MaxSentences, p.share, p.other))));
    }

    private static double Worth(ReaderExample example, IReadOnlyList<ScoredSentence> chosen)
    {
        var articles = chosen.Select(c => c.Candidate.Chunk.ArticleId).Distinct().ToList();
        var sources = example.Question.Sources;
        var right = sources.Count == 0 ? articles.Count : articles.Count(sources.Contains);
        return (Complete(example, chosen) ? 1 : 0) + 0.5 * right / articles.Count;
    }

    /// <summary>True when the chosen sentences hold every expected fact and cite at least one expected source.</summary>
    private static bool Complete(ReaderExample example, IReadOnlyList<ScoredSentence> chosen)
    {
        var text = string.Join(" ", chosen.Select(c => c.Candidate.Text));
        var sources = example.Question.Sources;
        return example.Question.Facts.All(f => FactMatcher.Matches(text, f))
            && (sources.Count == 0 || chosen.Any(c => sources.Contains(c.Candidate.Chunk.ArticleId)));
    }

    private static List<ScoredSentence> Ranked(ReaderExample example, LogisticModel sentence) =>
        [.. example.Candidates
            .Select((c, i) => new ScoredSentence(c, example.Features[i], sentence.Probability(example.Features[i])))
            .OrderByDescending(s => s.Probability)
            .ThenBy(s => s.Candidate.Rank)];

    private static int Fold(string id, int folds)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(id));
        return (int)(BitConverter.ToUInt32(hash, 0) % (uint)folds);
    }

    /// <summary>Questions are the same when their text and conversation are.</summary>
    private sealed class SameQuestion : IEqualityComparer<Question>
    {
        public static readonly SameQuestion Instance = new();

        public bool Equals(Question? x, Question? y) =>
            x is not null && y is not null && x.Text == y.Text && x.Turns.SequenceEqual(y.Turns);

        public int GetHashCode(Question question) => question.Text.GetHashCode(StringComparison.Ordinal);
    }
}
