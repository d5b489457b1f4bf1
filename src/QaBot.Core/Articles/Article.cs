namespace QaBot.Core.Articles;

/// <summary>A cleaned article ready for chunking. <see cref="Text"/> is the cleaned body; chunk offsets index into it.</summary>
/// <param name="Id">File name without extension.</param>
/// <param name="Title">Headline, or the first sentence-like line.</param>
/// <param name="Date">Publication date when known.</param>
/// <param name="Url">Source URL when known (never a bare search-engine homepage).</param>
/// <param name="Text">Cleaned body text, paragraphs separated by blank lines.</param>
/// <param name="SourcePath">Full path of the file it came from.</param>
/// <param name="ContentHash">SHA-256 (hex) of the raw file bytes; drives idempotent re-ingestion.</param>
public sealed record Article(
    string Id,
    string Title,
    DateOnly? Date,
    Uri? Url,
    string Text,
    string SourcePath,
    string ContentHash);
