using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types.Enums;

namespace QaBot.Telegram.Conversation;

/// <summary>
/// Shows "typing…" while an answer is prepared, refreshing it before Telegram's ~5 s display runs out. Fire and
/// forget: nothing waits for a sendChatAction, a slow or rate-limited one is simply not repeated until it ends
/// (the client gives it one short attempt), and disposing returns at once — the answer is never held back.
/// </summary>
public sealed class TypingIndicator : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private int _stopped;

    private TypingIndicator()
    {
    }

    /// <summary>Starts showing "typing…" in <paramref name="chatId"/>; <paramref name="shutdown"/> abandons a call in flight.</summary>
    public static TypingIndicator Start(ITelegramBotClient bot, long chatId, TimeSpan interval, TimeProvider time, ILogger logger, CancellationToken shutdown)
    {
        var typing = new TypingIndicator();
        _ = typing.RunAsync(bot, chatId, interval, time, logger, shutdown);
        return typing;
    }

    /// <summary>Stops refreshing; a call in flight finishes on its own (Telegram clears the action when the answer arrives).</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 0)
        {
            _stop.Cancel(); // the loop disposes the token source when it ends
        }
    }

    private async Task RunAsync(ITelegramBotClient bot, long chatId, TimeSpan interval, TimeProvider time, ILogger logger, CancellationToken shutdown)
    {
        Task inFlight = Task.CompletedTask;
        try
        {
            while (true)
            {
                if (inFlight.IsCompleted)
                {
                    // Not tied to _stop: the first action still goes out when the answer is ready at once.
                    inFlight = SendAsync(bot, chatId, logger, shutdown);
                }

                await Task.Delay(interval, time, _stop.Token);
            }
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            _stop.Dispose();
        }
    }

    private static async Task SendAsync(ITelegramBotClient bot, long chatId, ILogger logger, CancellationToken ct)
    {
        try
        {
            await bot.SendChatAction(chatId, ChatAction.Typing, cancellationToken: ct);
        }
        catch (Exception ex)
        {
            logger.LogDebug(ex, "sendChatAction failed in chat {ChatId}", chatId);
        }
    }
}
