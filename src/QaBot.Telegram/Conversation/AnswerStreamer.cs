using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace QaBot.Telegram.Conversation;

/// <summary>
/// Shows an answer while it is being written: sendMessageDraft in private chats, a reply edited with
/// editMessageText elsewhere, never more often than the configured interval. Drafts are plain text (a half-written
/// answer is not valid markup); the final, validated answer replaces them — also after a restart, since the group
/// placeholder is recorded by the update's <see cref="Turn"/>. Best effort throughout: a draft that
/// cannot be shown within a few seconds is skipped, never waited for.
/// </summary>
public sealed class AnswerStreamer(
    ITelegramBotClient bot, Turn turn, Message question, TimeSpan draftInterval, TimeSpan editInterval, TimeProvider time, ILogger logger)
{
    /// <summary>The step under which the group placeholder is recorded, so a retried update edits it instead of sending another.</summary>
    public const string PlaceholderStep = "draft";

    private const int MaxShown = 4000;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(3);
    private readonly bool _private = question.Chat.Type == ChatType.Private;
    private long _lastShownAt = long.MinValue;
    private string _lastShown = "";
    private bool _draftsUnavailable;

    /// <summary>The group message being edited, once one was sent (by this or an earlier attempt); the final answer replaces it.</summary>
    public int? PlaceholderMessageId { get; private set; } = turn.Sent(PlaceholderStep);

    /// <summary>Shows the text so far, unless the last update was too recent.</summary>
    public async Task ShowAsync(string textSoFar, CancellationToken ct)
    {
        var text = textSoFar.Trim();
        var interval = _private ? draftInterval : editInterval;
        if (text.Length == 0 || text == _lastShown || (_lastShownAt != long.MinValue && time.GetElapsedTime(_lastShownAt) < interval))
        {
            return;
        }

        var shown = (text.Length > MaxShown ? "…" + text[^MaxShown..] : text) + " …";
        (_lastShown, _lastShownAt) = (text, time.GetTimestamp()); // the interval runs from the start of each update
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(ct);
        patience.CancelAfter(Patience);
        try
        {
            if (_private && !_draftsUnavailable)
            {
                await bot.SendMessageDraft(question.Chat.Id, question.MessageId, shown, cancellationToken: patience.Token);
            }
            else if (!_private && PlaceholderMessageId is { } id)
            {
                await bot.EditMessageText(question.Chat.Id, id, shown, cancellationToken: patience.Token);
            }
            else if (!_private)
            {
                PlaceholderMessageId = await turn.SendAsync(PlaceholderStep, question.Chat.Id, Rendering.Html.Escape(shown), question.MessageId, patience.Token);
            }
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            // A draft that cannot be shown is not worth failing or delaying the answer for.
            _draftsUnavailable |= _private && ex is global::Telegram.Bot.Exceptions.ApiRequestException { ErrorCode: 400 or 404 };
            logger.LogDebug(ex, "Streaming update not shown in chat {ChatId}", question.Chat.Id);
        }
    }
}
