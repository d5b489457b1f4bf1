using System.ComponentModel.DataAnnotations;

namespace QaBot.Core.Retrieval;

/// <summary>How candidates from full-text and vector search are combined.</summary>
public enum FusionMethod
{
    /// <summary>Reciprocal rank fusion: 1/(k+rank) summed over both lists. Robust to score scales.</summary>
    Rrf,

    /// <summary>Scores min-max normalised per list, then <c>VectorWeight·v + (1−VectorWeight)·k</c>.</summary>
    Weighted,

    /// <summary>BM25 only (what happens anyway when no word vectors are available).</summary>
    KeywordOnly,

    /// <summary>Vector similarity only.</summary>
    VectorOnly,
}

/// <summary>Settings of the "Retrieval" section.</summary>
public sealed class RetrievalOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Retrieval";

    /// <summary>Passages handed to the answerer.</summary>
    [Range(1, 50, ErrorMessage = "Retrieval:TopK must be between 1 and 50.")]
    public int TopK { get; set; } = 8;

    /// <summary>Candidates taken from each of full-text and vector search before fusion.</summary>
    [Range(1, 1000, ErrorMessage = "Retrieval:CandidatePool must be between 1 and 1000.")]
    public int CandidatePool { get; set; } = 40;

    /// <summary>How the BM25 and semantic (best-sentence) ranks are fused; see README, "How answers are found".</summary>
    public FusionMethod Fusion { get; set; } = FusionMethod.Rrf;

    /// <summary>The k of reciprocal rank fusion: small k lets the top few of either list lead.</summary>
    [Range(1, 1000, ErrorMessage = "Retrieval:RrfK must be between 1 and 1000.")]
    public int RrfK { get; set; } = 8;

    /// <summary>Weight of the vector score with <see cref="FusionMethod.Weighted"/>.</summary>
    [Range(0.0, 1.0, ErrorMessage = "Retrieval:VectorWeight must be between 0 and 1.")]
    public double VectorWeight { get; set; } = 0.3;



}
