namespace QaBot.Core.Articles;

/// <summary>What <see cref="ArticleCleaner"/> produces: clean text plus what it learnt while removing debris.</summary>
/// <param name="Text">Clean body: one paragraph per block, paragraphs separated by a blank line.</param>
/// <param name="HeaderDate">Date taken from a <c>date YYYY-MM-DD</c> (or "Published: …") header line.</param>
/// <param name="SourceUrls">URLs listed in a "Sources 1/ https://… 2/ https://…" footer, in order.</param>
/// <param name="Captions">Lines recognised as photo captions (their credit removed): left out of the text, never used as a title.</param>
/// <param name="Removed">What was removed and why ("'Powered by …' banner: Powered by MOMENTUM MEDIA"), for diagnostics.</param>
public sealed record CleanedArticle(
    string Text,
    DateOnly? HeaderDate,
    IReadOnlyList<Uri> SourceUrls,
    IReadOnlyList<string> Captions,
    IReadOnlyList<string> Removed)
{
    /// <summary>The paragraphs of <see cref="Text"/>.</summary>
    public IReadOnlyList<string> Paragraphs =>
        Text.Length == 0 ? [] : Text.Split("\n\n");
}
