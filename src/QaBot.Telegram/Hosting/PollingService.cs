using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QaBot.Telegram.Api;
using QaBot.Telegram.Conversation;
using QaBot.Telegram.Storage;
using Telegram.Bot;

namespace QaBot.Telegram.Hosting;

/// <summary>
/// Long polling into the durable inbox: each batch of getUpdates is stored (as raw JSON) together with the next
/// offset, and only then confirmed to Telegram by the next call — so the offset never waits for an answer, one slow
/// chat cannot hold the others back, and an update the client cannot read is skipped by the handler instead of
/// failing every poll. A failing call is retried with backoff; stopping waits for the answers in progress.
/// </summary>
public sealed class PollingService(
    ITelegramBotClient bot,
    ChatQueues queues,
    BotStore store,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    ILogger<PollingService> logger) : BackgroundService
{
    private const int BatchSize = 100;

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var offset = await store.LoadPollingOffsetAsync(stoppingToken);
        foreach (var pending in await store.PendingAsync(stoppingToken))
        {
            queues.Enqueue(pending);
        }

        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var batch = await bot.SendRequest(new RawUpdatesRequest
                {
                    Offset = offset,
                    Limit = BatchSize,
                    Timeout = options.Value.PollingTimeoutSeconds,
                    AllowedUpdates = BotCommands.AllowedUpdates,
                }, stoppingToken);
                failures = 0;
                var updates = Read(batch);
                if (updates.Count == 0)
                {
                    continue;
                }

                var next = updates.Max(u => u.Id) + 1;
                foreach (var accepted in await store.AcceptAsync(updates, next, stoppingToken))
                {
                    queues.Enqueue(accepted);
                }

                offset = next;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                failures++;
                var delay = TimeSpan.FromSeconds(Math.Min(30, Math.Pow(2, Math.Min(failures, 5)) / 2));
                logger.LogWarning(ex, "getUpdates failed ({Failures} in a row); retrying in {Delay}", failures, delay);
                try
                {
                    await Task.Delay(delay, time, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }
    }

    /// <inheritdoc/>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await queues.DrainAsync(cancellationToken);
    }

    private List<InboxUpdate> Read(JsonElement[] batch)
    {
        var updates = new List<InboxUpdate>(batch.Length);
        foreach (var element in batch)
        {
            if (InboxUpdates.From(element) is { } update)
            {
                updates.Add(update);
            }
            else
            {
                logger.LogWarning("Ignoring an update without an update_id");
            }
        }

        return updates;
    }
}
