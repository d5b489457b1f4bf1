using System.ComponentModel.DataAnnotations;

namespace QaBot.Core.Chunking;

/// <summary>
/// How <see cref="TextChunker"/> cuts articles into passages (configuration section <c>Chunking</c>).
/// Overlap is counted in whole sentences, not characters: a chunk then always starts at a sentence start, so
/// any chunk can be quoted as-is in a citation, and the overlap never carries a sentence fragment.
/// </summary>
public sealed class ChunkingOptions : IValidatableObject
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Chunking";

    /// <summary>Preferred chunk size in characters; whole sentences are packed until the next would exceed it.</summary>
    [Range(100, 20_000, ErrorMessage = "Chunking:TargetChars must be between 100 and 20000 characters (default 600).")]
    public int TargetChars { get; set; } = 600;

    /// <summary>Hard cap in characters; only a single sentence longer than this is cut (at a clause or word boundary).</summary>
    [Range(200, 100_000, ErrorMessage = "Chunking:MaxChars must be between 200 and 100000 characters (default 1200).")]
    public int MaxChars { get; set; } = 1200;

    /// <summary>Sentences repeated from the end of the previous chunk when a chunk boundary falls inside a paragraph.</summary>
    [Range(0, 5, ErrorMessage = "Chunking:OverlapSentences must be between 0 and 5 (default 1).")]
    public int OverlapSentences { get; set; } = 1;

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (MaxChars < TargetChars)
        {
            yield return new ValidationResult(
                $"Chunking:MaxChars ({MaxChars}) must be at least Chunking:TargetChars ({TargetChars}); raise MaxChars or lower TargetChars.",
                [nameof(MaxChars), nameof(TargetChars)]);
        }
    }
}
