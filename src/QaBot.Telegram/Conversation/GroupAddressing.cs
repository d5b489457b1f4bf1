using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace QaBot.Telegram.Conversation;

/// <summary>
/// In groups the bot speaks only when spoken to: "@botname question", a reply to one of its messages, or /ask.
/// (With privacy mode on Telegram delivers exactly these messages, so this also works with it off.)
/// </summary>
public static class GroupAddressing
{
    /// <summary>The question addressed to the bot, with the mention removed; null when the message is not for the bot.</summary>
    public static string? QuestionFor(Message message, string botUsername, long botId)
    {
        var text = message.Text;
        if (text is null)
        {
            return null;
        }

        foreach (var entity in message.Entities ?? [])
        {
            var mentioned = entity.Type switch
            {
                MessageEntityType.Mention => string.Equals(Slice(text, entity).TrimStart('@'), botUsername, StringComparison.OrdinalIgnoreCase),
                MessageEntityType.TextMention => entity.User?.Id == botId,
                _ => false,
            };
            if (mentioned)
            {
                return (text[..entity.Offset] + text[(entity.Offset + entity.Length)..]).Trim(' ', ',', ':', '\n');
            }
        }

        return message.ReplyToMessage?.From?.Id == botId && botId != 0 ? text.Trim() : null;
    }

    private static string Slice(string text, MessageEntity entity)
        => entity.Offset >= 0 && entity.Offset + entity.Length <= text.Length ? text.Substring(entity.Offset, entity.Length) : "";
}
