using QaBot.Core.Articles;

namespace QaBot.Core.Chunking;

/// <summary>A sentence-aligned passage of an article. <see cref="Start"/>/<see cref="End"/> are character offsets into <see cref="Article.Text"/>.</summary>
public sealed record Chunk(
    string Id,
    string ArticleId,
    string Title,
    DateOnly? Date,
    Uri? Url,
    int Index,
    int Start,
    int End,
    string Text)
{
    /// <summary>The conventional chunk id: <c>{articleId}#{index}</c>.</summary>
    public static string MakeId(string articleId, int index) => $"{articleId}#{index}";
}
