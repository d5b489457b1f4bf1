using System.ComponentModel.DataAnnotations;

namespace QaBot.Core.Ingestion;

/// <summary>Settings of the "Ingestion" section (Ingestion:MaxFileBytes is bound by <see cref="Articles.ArticleLoaderOptions"/>).</summary>
public sealed class IngestionOptions : IValidatableObject
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Ingestion";

    /// <summary>Folder (or file) ingested by default, on the first question against an empty store, and watched by serve/watch.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Ingestion:ArticlesPath must name a folder of articles, e.g. \"data/articles\".")]
    public string ArticlesPath { get; set; } = "data/articles";

    /// <summary>Ingest <see cref="ArticlesPath"/> automatically when a question arrives and the store is empty.</summary>
    public bool AutoIngest { get; set; } = true;

    /// <summary>Chunks embedded per call to the embedding model.</summary>
    [Range(1, 2048, ErrorMessage = "Ingestion:EmbeddingBatchSize must be between 1 and 2048.")]
    public int EmbeddingBatchSize { get; set; } = 64;

    /// <summary>
    /// A store built with another embedding model is re-embedded on the spot when it holds at most this many chunks;
    /// a larger one waits for <c>qabot ingest --reembed</c>. 0 never re-embeds by itself.
    /// </summary>
    [Range(0, int.MaxValue, ErrorMessage = "Ingestion:AutoReembedMaxChunks must be 0 or more (0 = only with `qabot ingest --reembed`).")]
    public int AutoReembedMaxChunks { get; set; } = 2000;

    /// <summary>RSS, Atom or JSON Feed addresses that <c>serve</c> and <c>watch</c> poll.</summary>
    public IList<string> Feeds { get; } = [];

    /// <summary>Minutes between two polls of the feeds.</summary>
    [Range(0.05, 1440, ErrorMessage = "Ingestion:FeedPollMinutes must be between 0.05 (3 s) and 1440 (a day).")]
    public double FeedPollMinutes { get; set; } = 15;

    /// <summary>Whether <c>serve</c> watches <see cref="ArticlesPath"/> and polls <see cref="Feeds"/> (<c>watch</c> always does).</summary>
    public bool Watch { get; set; } = true;

    /// <summary>Minutes between two full rescans of the watched folder (catches what file events missed).</summary>
    [Range(0.05, 1440, ErrorMessage = "Ingestion:RescanMinutes must be between 0.05 and 1440.")]
    public double RescanMinutes { get; set; } = 10;

    /// <summary>Quiet time after the last file event before the watched folder is ingested (a file being written settles first).</summary>
    [Range(0, 60000, ErrorMessage = "Ingestion:WatchDebounceMs must be between 0 and 60000.")]
    public int WatchDebounceMs { get; set; } = 1500;

    /// <summary>Seconds one web request may take (per attempt) before it counts as too slow.</summary>
    [Range(1, 600, ErrorMessage = "Ingestion:FetchTimeoutSeconds must be between 1 and 600.")]
    public int FetchTimeoutSeconds { get; set; } = 20;

    /// <summary>Retries of a web request after a timeout, a 5xx or a 429 (which waits its Retry-After).</summary>
    [Range(0, 10, ErrorMessage = "Ingestion:FetchRetries must be between 0 and 10.")]
    public int FetchRetries { get; set; } = 2;

    /// <summary>Milliseconds between two requests to the same host (politeness).</summary>
    [Range(0, 60000, ErrorMessage = "Ingestion:PerHostDelayMs must be between 0 and 60000.")]
    public int PerHostDelayMs { get; set; } = 1000;

    /// <summary>Redirects followed per request.</summary>
    [Range(0, 20, ErrorMessage = "Ingestion:MaxRedirects must be between 0 and 20.")]
    public int MaxRedirects { get; set; } = 5;

    /// <summary>The User-Agent sent with web requests.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Ingestion:UserAgent must not be empty (e.g. \"QaBot/1.0\").")]
    public string UserAgent { get; set; } = "QaBot/1.0 (news question answering bot)";

    /// <inheritdoc/>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        for (var i = 0; i < Feeds.Count; i++)
        {
            if (!Articles.ArticleIds.IsWebAddress(Feeds[i], out _))
            {
                yield return new ValidationResult(
                    $"Ingestion:Feeds:{i} ('{Feeds[i]}') must be the http(s) address of an RSS, Atom or JSON feed.", [nameof(Feeds)]);
            }
        }
    }
}
