using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QaBot.Telegram.Conversation;
using QaBot.Telegram.Storage;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace QaBot.Telegram.Hosting;

/// <summary>
/// Long polling. getUpdates is always called with the lowest update id not yet handled, so Telegram keeps every
/// update until it is answered; updates already running or handled are skipped by id. One failing call or update
/// never stops the loop. Stopping waits for the answers in flight.
/// </summary>
public sealed class PollingService(
    ITelegramBotClient bot,
    BotStartup startup,
    UpdateDispatcher dispatcher,
    UpdateLedger ledger,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    ILogger<PollingService> logger) : BackgroundService
{
    private int _nextUnseen;

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _nextUnseen = await ledger.LoadOffsetAsync(stoppingToken);
        var saved = _nextUnseen;
        var failures = 0;
        logger.LogInformation("Polling for updates as @{Bot}", startup.Username);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var offset = Watermark();
                if (offset != saved)
                {
                    await ledger.SaveOffsetAsync(offset, stoppingToken);
                    saved = offset;
                }

                var updates = await bot.GetUpdates(offset, limit: 100, timeout: options.Value.PollingTimeoutSeconds, allowedUpdates: BotCommands.AllowedUpdates, cancellationToken: stoppingToken);
                failures = 0;
                var fresh = await FreshAsync(updates, stoppingToken);
                foreach (var update in fresh)
                {
                    dispatcher.Enqueue(update);
                }

                _nextUnseen = Math.Max(_nextUnseen, updates.Length == 0 ? 0 : updates.Max(u => u.Id) + 1);
                if (updates.Length > 0 && fresh.Count == 0)
                {
                    // Telegram returned only updates still in flight: wait for one to finish instead of spinning.
                    await dispatcher.WaitForProgressAsync(TimeSpan.FromMilliseconds(500), stoppingToken);
                }
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
        await dispatcher.DrainAsync(cancellationToken);
        try
        {
            await ledger.SaveOffsetAsync(Watermark(), CancellationToken.None);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Could not save the update offset; handled updates will be skipped by id after restart");
        }
    }

    private int Watermark() => dispatcher.LowestInFlight ?? _nextUnseen;

    private async Task<List<Update>> FreshAsync(Update[] updates, CancellationToken ct)
    {
        var candidates = updates.Where(u => !dispatcher.IsInFlight(u.Id)).ToList();
        var handled = await ledger.HandledAmongAsync(candidates.Select(u => u.Id), ct);
        return [.. candidates.Where(u => !handled.Contains(u.Id)).OrderBy(u => u.Id)];
    }
}
