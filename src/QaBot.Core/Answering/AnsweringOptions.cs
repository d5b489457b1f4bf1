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

    /// <summary>
    /// Whether a fact question's best sentences are also compared with it word piece by word piece (a second small network,
    /// all-MiniLM-L6-v2, run on five sentences a question: <see cref="Reading.TokenMatch"/>), which finds a paraphrased
    /// answer the whole-sentence similarity misses. Needs the sentence encoder (off with Embeddings:Provider None).
    /// </summary>
    public bool TokenMatch { get; set; } = true;

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
