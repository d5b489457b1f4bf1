namespace QaBot.Core.Articles;

/// <summary>
/// What a format reader (plain text, Markdown, HTML) extracts from a file before cleaning: the text, one paragraph
/// per line or blank-line-separated block, plus any metadata the format itself declared (front matter, HTML meta).
/// </summary>
public sealed record RawDocument(string Text, string? Title = null, DateOnly? Date = null, Uri? Url = null);
