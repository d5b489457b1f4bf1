using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace QaBot.Telegram.Conversation;

/// <summary>A "/command@bot args" at the start of a message.</summary>
/// <param name="Name">Lower-case command without slash or @bot.</param>
/// <param name="Arguments">The rest of the text, trimmed.</param>
/// <param name="ForOtherBot">True when addressed to a different bot ("/start@otherbot").</param>
public sealed record IncomingCommand(string Name, string Arguments, bool ForOtherBot)
{
    /// <summary>The command the message starts with, if any.</summary>
    public static IncomingCommand? Parse(Message message, string botUsername)
    {
        var text = message.Text ?? "";
        var entity = message.Entities?.FirstOrDefault(e => e.Type == MessageEntityType.BotCommand && e.Offset == 0);
        if (!text.StartsWith('/'))
        {
            return null; // also when a bot_command entity claims otherwise: it must match the text
        }

        // The entity's length comes from the client: never trust it to fit the text.
        var length = Math.Clamp(entity?.Length ?? IndexOfSpace(text), 1, text.Length);
        var token = text[1..length];
        var at = token.IndexOf('@', StringComparison.Ordinal);
        var target = at >= 0 ? token[(at + 1)..] : null;
        var name = (at >= 0 ? token[..at] : token).ToLowerInvariant();
        if (name.Length == 0)
        {
            return null;
        }

        var forOther = target is not null && !string.Equals(target, botUsername, StringComparison.OrdinalIgnoreCase);
        return new IncomingCommand(name, text[length..].Trim(), forOther);
    }

    private static int IndexOfSpace(string text)
    {
        var i = text.IndexOfAny([' ', '\n', '\t']);
        return i < 0 ? text.Length : i;
    }
}
