using System.ComponentModel.DataAnnotations;

namespace QaBot.Core.Answering;

/// <summary>Settings of the "Answering" section (the offline extractive answer).</summary>
public sealed class AnsweringOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Answering";

    /// <summary>Most sentences an extractive answer quotes.</summary>
    [Range(1, 10, ErrorMessage = "Answering:MaxSentences must be between 1 and 10.")]
    public int MaxSentences { get; set; } = 3;

    /// <summary>A further sentence is added only if it scores at least this share of the best one.</summary>
    [Range(0.0, 1.0, ErrorMessage = "Answering:SecondarySentenceRatio must be between 0 and 1.")]
    public double SecondarySentenceRatio { get; set; } = 0.75;

    /// <summary>Least query-term coverage of the best sentence; below it the answer is "not in the articles".</summary>
    [Range(0.0, 1.0, ErrorMessage = "Answering:MinSentenceCoverage must be between 0 and 1.")]
    public double MinSentenceCoverage { get; set; } = 0.34;

    /// <summary>The coverage floor when the question names someone or something no article mentions.</summary>
    [Range(0.0, 1.0, ErrorMessage = "Answering:MinCoverageWithUnknownName must be between 0 and 1.")]
    public double MinCoverageWithUnknownName { get; set; } = 0.6;

    /// <summary>Longest question accepted; longer ones are refused with the limit stated.</summary>
    [Range(1, 100_000, ErrorMessage = "Answering:MaxQuestionChars must be between 1 and 100000.")]
    public int MaxQuestionChars { get; set; } = 2000;

    /// <summary>
    /// A reader model file written by <c>qabot eval --fit-reader</c> (e.g. fitted on your own eval set); empty = the one
    /// shipped with QaBot.
    /// </summary>
    public string? ReaderModel { get; set; }

    /// <summary>What the bot says when the articles do not contain the answer.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Answering:NotFoundText must not be empty.")]
    public string NotFoundText { get; set; } = "I could not find this in the articles.";
}
