using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace QaBot.Telegram.Conversation;

/// <summary>
/// Shows an answer while it is being written: sendMessageDraft in private chats, a reply edited with
/// editMessageText elsewhere, never more often than the configured interval. Drafts are plain text (a half-written
/// answer is not valid markup); the final, validated answer replaces them.
/// </summary>
public sealed class AnswerStreamer(
    ITelegramBotClient bot, Message question, TimeSpan draftInterval, TimeSpan editInterval, TimeProvider time, ILogger logger)
{
    private const int MaxShown = 4000;
    private readonly bool _private = question.Chat.Type == global::Telegram.Bot.Types.Enums.ChatType.Private;
    private long _lastShownAt = long.MinValue;
    private string _lastShown = "";
    private bool _draftsUnavailable;

    /// <summary>The group message being edited, once one was sent; the final answer replaces it.</summary>
    public int? PlaceholderMessageId { get; private set; }

    /// <summary>Shows the text so far, unless the last update was too recent.</summary>
    public async Task ShowAsync(string textSoFar, CancellationToken ct)
    {
        var text = textSoFar.Trim();
        var interval = _private ? draftInterval : editInterval;
        if (text.Length == 0 || text == _lastShown || _lastShownAt != long.MinValue && time.GetElapsedTime(_lastShownAt) < interval)
        {
            return;
        }

        var shown = (text.Length > MaxShown ? "…" + text[^MaxShown..] : text) + " …";
        try
        {
            if (_private && !_draftsUnavailable)
            {
                await bot.SendMessageDraft(question.Chat.Id, question.MessageId, shown, cancellationToken: ct);
            }
            else if (!_private && PlaceholderMessageId is { } id)
            {
                await bot.EditMessageText(question.Chat.Id, id, shown, cancellationToken: ct);
            }
            else if (!_private)
            {
                var reply = new ReplyParameters { MessageId = question.MessageId, AllowSendingWithoutReply = true };
                PlaceholderMessageId = (await bot.SendMessage(question.Chat.Id, shown, replyParameters: reply, cancellationToken: ct)).MessageId;
            }
        }
        catch (ApiRequestException ex)
        {
            // A draft that cannot be shown is not worth failing the answer for.
            _draftsUnavailable |= _private && ex.ErrorCode is 400 or 404;
            logger.LogDebug(ex, "Streaming update not shown in chat {ChatId}", question.Chat.Id);
        }

        _lastShown = text;
        _lastShownAt = time.GetTimestamp();
    }

    /// <summary>Removes the half-written group message when the answer is abandoned (e.g. shutdown), so a redelivered question is answered once.</summary>
    public async Task DiscardAsync()
    {
        if (PlaceholderMessageId is not { } id)
        {
            return;
        }

        try
        {
            using var quick = new CancellationTokenSource(TimeSpan.FromSeconds(3));
            await bot.DeleteMessage(question.Chat.Id, id, quick.Token);
        }
        catch (Exception ex)
        {
            logger.LogDebug(ex, "Could not remove the partial answer {MessageId}", id);
        }
    }
}
