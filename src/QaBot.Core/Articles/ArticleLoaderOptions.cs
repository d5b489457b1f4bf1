using System.ComponentModel.DataAnnotations;

namespace QaBot.Core.Articles;

/// <summary>Limits applied by <see cref="ArticleLoader"/> (configuration section <c>Articles</c>).</summary>
public sealed class ArticleLoaderOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Articles";

    /// <summary>Default size limit: 20 MB.</summary>
    public const long DefaultMaxFileBytes = 20L * 1024 * 1024;

    /// <summary>Files larger than this are rejected instead of loaded.</summary>
    [Range(1L, 1L << 30, ErrorMessage = "Articles:MaxFileBytes must be between 1 byte and 1 GiB (default 20971520 = 20 MB).")]
    public long MaxFileBytes { get; set; } = DefaultMaxFileBytes;
}
