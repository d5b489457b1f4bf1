using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace QaBot.Telegram.Conversation;

/// <summary>
/// Sends or edits one message part as HTML, without link previews, and resends it as plain text when Telegram
/// rejects its markup ("can't parse entities"). <see cref="Turn"/> decides what to send and records it.
/// </summary>
public sealed class MessageSender(ITelegramBotClient bot, ILogger<MessageSender> logger)
{
    private static readonly LinkPreviewOptions NoPreview = new() { IsDisabled = true };

    /// <summary>Sends one part (at most 4096 characters), as a reply when <paramref name="replyTo"/> is set.</summary>
    public async Task<Message> SendAsync(long chatId, string html, int? replyTo, InlineKeyboardMarkup? markup, CancellationToken ct)
    {
        var reply = replyTo is { } id ? new ReplyParameters { MessageId = id, AllowSendingWithoutReply = true } : null;
        try
        {
            return await bot.SendMessage(chatId, html, ParseMode.Html, reply, markup, NoPreview, cancellationToken: ct);
        }
        catch (ApiRequestException ex) when (IsMarkupRejected(ex))
        {
            logger.LogWarning("Telegram rejected the HTML ({Error}); sending plain text instead", ex.Message);
            return await bot.SendMessage(chatId, Rendering.Html.ToPlainText(html), ParseMode.None, reply, markup, NoPreview, cancellationToken: ct);
        }
    }

    /// <summary>Replaces the text (and buttons) of a message the bot sent.</summary>
    public async Task<Message> EditAsync(long chatId, int messageId, string html, InlineKeyboardMarkup? markup, CancellationToken ct)
    {
        try
        {
            return await bot.EditMessageText(chatId, messageId, html, ParseMode.Html, markup, NoPreview, cancellationToken: ct);
        }
        catch (ApiRequestException ex) when (IsMarkupRejected(ex))
        {
            logger.LogWarning("Telegram rejected the HTML ({Error}); editing as plain text instead", ex.Message);
            return await bot.EditMessageText(chatId, messageId, Rendering.Html.ToPlainText(html), ParseMode.None, markup, NoPreview, cancellationToken: ct);
        }
    }

    /// <summary>400 "can't parse entities" (or any entity error): the text is fine, the markup is not.</summary>
    public static bool IsMarkupRejected(ApiRequestException ex)
        => ex.ErrorCode == 400 && ex.Message.Contains("entities", StringComparison.OrdinalIgnoreCase);
}
