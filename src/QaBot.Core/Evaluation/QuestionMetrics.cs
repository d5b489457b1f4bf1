namespace QaBot.Core.Evaluation;

/// <summary>One <c>[n]</c> in one sentence of an answer, and whether it points to a retrieved passage supporting that sentence.</summary>
/// <param name="Sentence">0-based index of the sentence in the answer.</param>
public sealed record CitationCheck(int N, int Sentence, string SentenceText, bool Valid, string? Reason, double Overlap);

/// <summary>
/// The measurements of one answer (<see cref="LeadHoldsFact"/>: an answer's first sentence holds an expected fact — what a
/// reader sees first). Nullable values are "not applicable" (no expected sources, no facts, no citations…)
/// and are left out of the averages rather than counted as 0 or 1.
/// </summary>
public sealed record QuestionMetrics(
    bool? HitAtK,
    double? RecallAtK,
    double? ReciprocalRank,
    int? FirstRelevantRank,
    double? RetrievedFactRecall,
    double? FactRecall,
    bool? LeadHoldsFact,
    IReadOnlyList<string> MissingFacts,
    double? CitationPrecision,
    IReadOnlyList<string> UnexpectedCitedSources,
    double? CitationValidity,
    IReadOnlyList<CitationCheck> CitationChecks,
    int UncitedSentences,
    bool Abstained,
    int AnswerChars,
    int AnswerWords,
    double RetrievalMs,
    double GenerationMs,
    double TotalMs,
    IReadOnlyList<string> ForbiddenFound,
    IReadOnlyList<string> TopKSources);
