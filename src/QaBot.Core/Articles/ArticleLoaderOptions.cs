using System.ComponentModel.DataAnnotations;

namespace QaBot.Core.Articles;

/// <summary>
/// Limits applied by <see cref="ArticleLoader"/>. Bound from the <c>Ingestion</c> section (key <c>Ingestion:MaxFileBytes</c>,
/// already in appsettings.example.json); binding it next to the ingestion options of the same section is fine.
/// </summary>
public sealed class ArticleLoaderOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Ingestion";

    /// <summary>Default size limit: 20 MB.</summary>
    public const long DefaultMaxFileBytes = 20L * 1024 * 1024;

    /// <summary>Files larger than this are rejected instead of loaded.</summary>
    [Range(1L, 1L << 30, ErrorMessage = "Ingestion:MaxFileBytes must be between 1 byte and 1 GiB (default 20971520 = 20 MB).")]
    public long MaxFileBytes { get; set; } = DefaultMaxFileBytes;
}
