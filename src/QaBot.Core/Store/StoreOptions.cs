using System.ComponentModel.DataAnnotations;

namespace QaBot.Core.Store;

/// <summary>Where QaBot keeps its one SQLite file (configuration section <c>Store</c>).</summary>
public sealed class StoreOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Store";

    /// <summary>Path of the SQLite file holding chunks, vectors, the full-text index and the article catalog.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Store:Path must name the SQLite file, e.g. \"data/qabot.db\".")]
    public string Path { get; set; } = "data/qabot.db";
}
