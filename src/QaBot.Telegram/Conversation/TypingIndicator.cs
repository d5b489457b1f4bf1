using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types.Enums;

namespace QaBot.Telegram.Conversation;

/// <summary>Shows "typing…" until disposed, refreshing it before Telegram's ~5 s display runs out.</summary>
public sealed class TypingIndicator : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop;
    private readonly Task _loop;

    private TypingIndicator(ITelegramBotClient bot, long chatId, TimeSpan interval, TimeProvider time, ILogger logger, CancellationToken ct)
    {
        _stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        _loop = RunAsync(bot, chatId, interval, time, logger, ct, _stop.Token);
    }

    /// <summary>Starts showing "typing…" in <paramref name="chatId"/>.</summary>
    public static TypingIndicator Start(ITelegramBotClient bot, long chatId, TimeSpan interval, TimeProvider time, ILogger logger, CancellationToken ct)
        => new(bot, chatId, interval, time, logger, ct);

    /// <summary>Stops refreshing (Telegram clears the action when the answer arrives).</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _stop.Dispose();
    }

    private static async Task RunAsync(
        ITelegramBotClient bot, long chatId, TimeSpan interval, TimeProvider time, ILogger logger, CancellationToken shutdown, CancellationToken ct)
    {
        var first = true;
        while (!ct.IsCancellationRequested || first)
        {
            try
            {
                // The first action is sent even when the answer is already done, so the user always sees the bot at work;
                // it is only abandoned on shutdown.
                await bot.SendChatAction(chatId, ChatAction.Typing, cancellationToken: first ? shutdown : ct);
                first = false;
            }
            catch (Exception ex) when (!ct.IsCancellationRequested || (first && !shutdown.IsCancellationRequested))
            {
                first = false;
                logger.LogDebug(ex, "sendChatAction failed in chat {ChatId}", chatId);
            }

            await Task.Delay(interval, time, ct);
        }
    }
}
