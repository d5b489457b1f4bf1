namespace QaBot.Telegram.Conversation;

/// <summary>/reindex: re-ingests the configured articles folder and reports what changed.</summary>
public sealed class Reindexer
{
    /// <summary>Runs ingestion; returns the HTML report line.</summary>
    public Task<string> RunAsync(CancellationToken ct)
        => Task.FromResult("PENDING: wiring to ArticleIngestor"); // replaced once the ingestor lands on main
}
