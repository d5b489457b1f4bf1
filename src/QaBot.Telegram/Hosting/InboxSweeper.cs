using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QaBot.Telegram.Storage;

namespace QaBot.Telegram.Hosting;

/// <summary>
/// With a bot store shared by replicas (<see cref="PostgresBotStore"/>): every half lease, takes over the pending updates
/// whose process died (its lease ran out) and queues them here, so an update accepted by a replica that was killed
/// mid-answer is still answered — once. With the single-process SQLite store there is nothing to sweep.
/// </summary>
public sealed class InboxSweeper(BotStore store, ChatQueues queues, IOptions<TelegramOptions> options, TimeProvider time, ILogger<InboxSweeper> logger)
    : BackgroundService
{
    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (store is not PostgresBotStore)
        {
            return;
        }

        var interval = TimeSpan.FromSeconds(Math.Max(1, options.Value.LeaseSeconds / 2.0));
        using var timer = new PeriodicTimer(interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    var taken = await store.PendingAsync(stoppingToken);
                    foreach (var update in taken)
                    {
                        queues.Enqueue(update);
                    }

                    if (taken.Count > 0)
                    {
                        logger.LogInformation("Took over {Count} pending update(s) whose process stopped", taken.Count);
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogWarning("Could not sweep the inbox ({Error}); trying again in {Seconds} s", ex.Message, interval.TotalSeconds);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
