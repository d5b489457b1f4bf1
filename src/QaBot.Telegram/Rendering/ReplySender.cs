using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace QaBot.Telegram.Rendering;

/// <summary>
/// Sends (or edits into place) an HTML message: split at 4096 characters, the first part as a reply, the keyboard on
/// the last part, and each part resent as plain text if Telegram rejects its markup ("can't parse entities").
/// </summary>
public sealed class ReplySender(ITelegramBotClient bot, ILogger<ReplySender> logger)
{
    private static readonly LinkPreviewOptions NoPreview = new() { IsDisabled = true };

    /// <summary>Sends <paramref name="html"/>; when <paramref name="replaceMessageId"/> is set the first part replaces that message.</summary>
    public async Task<IReadOnlyList<Message>> SendAsync(
        long chatId, string html, int? replyTo, InlineKeyboardMarkup? keyboard, CancellationToken ct, int? replaceMessageId = null)
    {
        var parts = MessageSplitter.Split(html);
        var sent = new List<Message>(parts.Count);
        for (var i = 0; i < parts.Count; i++)
        {
            var markup = i == parts.Count - 1 ? keyboard : null;
            sent.Add(i == 0 && replaceMessageId is { } id
                ? await EditAsync(chatId, id, parts[i], markup, ct)
                : await SendPartAsync(chatId, parts[i], i == 0 ? replyTo : null, markup, ct));
        }

        return sent;
    }

    private async Task<Message> SendPartAsync(long chatId, string html, int? replyTo, InlineKeyboardMarkup? markup, CancellationToken ct)
    {
        var reply = replyTo is { } id ? new ReplyParameters { MessageId = id, AllowSendingWithoutReply = true } : null;
        try
        {
            return await bot.SendMessage(chatId, html, ParseMode.Html, reply, markup, NoPreview, cancellationToken: ct);
        }
        catch (ApiRequestException ex) when (IsMarkupRejected(ex))
        {
            logger.LogWarning("Telegram rejected the HTML ({Error}); sending plain text instead", ex.Message);
            return await bot.SendMessage(chatId, Html.ToPlainText(html), ParseMode.None, reply, markup, NoPreview, cancellationToken: ct);
        }
    }

    private async Task<Message> EditAsync(long chatId, int messageId, string html, InlineKeyboardMarkup? markup, CancellationToken ct)
    {
        try
        {
            return await bot.EditMessageText(chatId, messageId, html, ParseMode.Html, markup, NoPreview, cancellationToken: ct);
        }
        catch (ApiRequestException ex) when (IsMarkupRejected(ex))
        {
            logger.LogWarning("Telegram rejected the HTML ({Error}); editing as plain text instead", ex.Message);
            return await bot.EditMessageText(chatId, messageId, Html.ToPlainText(html), ParseMode.None, markup, NoPreview, cancellationToken: ct);
        }
    }

    /// <summary>400 "can't parse entities" (or any entity error): the text is fine, the markup is not.</summary>
    public static bool IsMarkupRejected(ApiRequestException ex)
        => ex.ErrorCode == 400 && ex.Message.Contains("entities", StringComparison.OrdinalIgnoreCase);
}
