using System.Diagnostics.CodeAnalysis;

namespace QaBot.Core.Articles;

/// <summary>The outcome of loading one file: either an <see cref="Article"/> or a human-readable reason it was rejected.</summary>
public sealed record ArticleLoadResult
{
    private ArticleLoadResult(string path, Article? article, string? error)
    {
        Path = path;
        Article = article;
        Error = error;
    }

    /// <summary>The file that was loaded.</summary>
    public string Path { get; }

    /// <summary>The article, when loading succeeded.</summary>
    public Article? Article { get; }

    /// <summary>Why the file was rejected, e.g. "not valid UTF-8 (byte 0xFF at offset 12); save the file as UTF-8".</summary>
    public string? Error { get; }

    /// <summary>True when <see cref="Article"/> is set.</summary>
    [MemberNotNullWhen(true, nameof(Article))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Article is not null;

    /// <summary>A successful load.</summary>
    public static ArticleLoadResult Success(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new(article.SourcePath, article, null);
    }

    /// <summary>A rejected file.</summary>
    public static ArticleLoadResult Failure(string path, string reason) => new(path, null, reason);

    /// <inheritdoc />
    public override string ToString() => Succeeded ? $"{Path}: ok ({Article.Id})" : $"{Path}: {Error}";
}
