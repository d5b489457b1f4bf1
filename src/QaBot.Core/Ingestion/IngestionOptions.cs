using System.ComponentModel.DataAnnotations;

namespace QaBot.Core.Ingestion;

/// <summary>Settings of the "Ingestion" section.</summary>
public sealed class IngestionOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Ingestion";

    /// <summary>Folder (or file) ingested by default and on the first question against an empty store.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Ingestion:ArticlesPath must name a folder of articles, e.g. \"data/articles\".")]
    public string ArticlesPath { get; set; } = "data/articles";

    /// <summary>Ingest <see cref="ArticlesPath"/> automatically when a question arrives and the store is empty.</summary>
    public bool AutoIngest { get; set; } = true;

    /// <summary>Chunks embedded per call to the embedding model.</summary>
    [Range(1, 2048, ErrorMessage = "Ingestion:EmbeddingBatchSize must be between 1 and 2048.")]
    public int EmbeddingBatchSize { get; set; } = 64;
}
