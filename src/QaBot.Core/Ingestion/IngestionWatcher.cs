using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace QaBot.Core.Ingestion;

/// <summary>
/// Keeps the store up with the news while <c>qabot serve</c> or <c>qabot watch</c> runs: files added, changed or removed
/// under Ingestion:ArticlesPath are ingested or deleted once the folder has been quiet for Ingestion:WatchDebounceMs
/// (file events, plus a full rescan every Ingestion:RescanMinutes for anything the events missed), and every feed of
/// Ingestion:Feeds is polled every Ingestion:FeedPollMinutes (<see cref="FeedSchedule"/> backs off from failing ones,
/// whose articles stay). Errors are logged and the watch goes on.
/// </summary>
public sealed class IngestionWatcher(ArticleIngestor ingestor, IOptions<IngestionOptions> options, TimeProvider time, ILogger<IngestionWatcher> logger)
    : BackgroundService
{
    private readonly HashSet<string> _reported = new(StringComparer.Ordinal);

    /// <summary>Raised after every sync or poll with what it did (the watcher's own log says the same).</summary>
    public event EventHandler<IngestReport>? Ingested;

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var o = options.Value;
        using var folder = new FolderChanges(o.ArticlesPath, TimeSpan.FromMilliseconds(o.WatchDebounceMs), time);
        var feeds = new FeedSchedule(o.Feeds.Select(f => new Uri(f)), TimeSpan.FromMinutes(o.FeedPollMinutes), time);
        var rescanEvery = TimeSpan.FromMinutes(o.RescanMinutes);
        var nextRescan = time.GetUtcNow();
        logger.LogInformation("Watching {Folder} and {Feeds} feed(s), polled every {Minutes} min", folder.Root, o.Feeds.Count, o.FeedPollMinutes);
        while (!stoppingToken.IsCancellationRequested)
        {
            // Next times count from when the work started, so a clock moved on while it ran is honoured.
            var started = time.GetUtcNow();
            if (started >= nextRescan || folder.RescanNeeded)
            {
                if (!folder.Start())
                {
                    Once($"missing:{folder.Root}", LogLevel.Warning, $"The articles folder {folder.Root} (Ingestion:ArticlesPath) does not exist; watching for it");
                }
                else
                {
                    folder.Take();
                    await RunAsync(folder.Root, ct => ingestor.RescanFolderAsync(folder.Root, ct), stoppingToken);
                }

                nextRescan = started + rescanEvery;
            }

            if (folder.ReadyAt <= time.GetUtcNow())
            {
                var (changed, removed) = folder.Take();
                await RunAsync(folder.Root, ct => ingestor.SyncFolderAsync(folder.Root, changed, removed, ct), stoppingToken);
            }

            foreach (var feed in feeds.Due())
            {
                var polled = time.GetUtcNow();
                var report = await RunAsync(feed.ToString(), ct => ingestor.IngestFeedsAsync([feed], ct), stoppingToken);
                var failure = report?.Failed.FirstOrDefault(f => f.Path == feed.ToString());
                if (report is null || failure is not null)
                {
                    logger.LogWarning("Feed {Feed} failed ({Reason}); its articles stay, retrying in {Delay}", feed, failure?.Reason ?? "see above", feeds.Failed(feed, polled));
                }
                else
                {
                    feeds.Succeeded(feed, polled);
                }
            }

            await WaitAsync(folder, Earliest(nextRescan, folder.ReadyAt, feeds.NextDue), stoppingToken);
        }
    }

    private async Task<IngestReport?> RunAsync(string source, Func<CancellationToken, Task<IngestReport>> work, CancellationToken ct)
    {
        try
        {
            var report = await work(ct);
            Log(source, report);
            Ingested?.Invoke(this, report);
            return report;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return null;
        }
        catch (Exception ex) when (ex is QaBotException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            // A store built with another model, a locked store, an unreadable folder: say it, keep watching.
            Once($"error:{source}:{ex.Message}", LogLevel.Warning, $"Ingesting {source} failed: {ex.Message}");
            return null;
        }
    }

    private void Log(string source, IngestReport report)
    {
        foreach (var ignored in report.Ignored)
        {
            Once($"ignored:{ignored.Path}", LogLevel.Information, $"ignored: {ignored.Path}: {ignored.Reason}");
        }

        foreach (var failed in report.Failed)
        {
            logger.LogWarning("failed: {Path}: {Reason}", failed.Path, failed.Reason);
        }

        var level = report.Added + report.Updated + report.Pruned + report.Failed.Count > 0 ? LogLevel.Information : LogLevel.Debug;
        logger.Log(level, "{Source}: {Summary}", source, report.Summary);
    }

    private void Once(string key, LogLevel level, string message)
    {
        if (_reported.Add(key))
        {
#pragma warning disable CA2254 // the message is built from values already, and logged once
            logger.Log(level, message);
#pragma warning restore CA2254
        }
    }

    private async Task WaitAsync(FolderChanges folder, DateTimeOffset until, CancellationToken ct)
    {
        var wait = until - time.GetUtcNow();
        if (wait <= TimeSpan.Zero)
        {
            return;
        }

        using var wake = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var delay = Task.Delay(wait, time, wake.Token);
        var fileEvent = folder.WaitForEventAsync(wake.Token);
        await Task.WhenAny(delay, fileEvent);
        await wake.CancelAsync();
        await Task.WhenAll(delay, fileEvent).ContinueWith(_ => { }, TaskScheduler.Default);
    }

    private static DateTimeOffset Earliest(DateTimeOffset rescan, DateTimeOffset? folder, DateTimeOffset? feed) =>
        new[] { rescan, folder ?? DateTimeOffset.MaxValue, feed ?? DateTimeOffset.MaxValue }.Min();
}

/// <summary>Registers the <see cref="IngestionWatcher"/> as a hosted service (serve, watch).</summary>
public static class IngestionWatcherServiceCollectionExtensions
{
    /// <summary>Adds the watcher (also resolvable as itself, to observe it).</summary>
    public static IServiceCollection AddQaBotWatch(this IServiceCollection services)
    {
        services.AddSingleton<IngestionWatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<IngestionWatcher>());
        return services;
    }
}
