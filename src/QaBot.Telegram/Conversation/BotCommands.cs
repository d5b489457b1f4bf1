using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace QaBot.Telegram.Conversation;

/// <summary>The command menu registered with setMyCommands, and the update types the bot asks for.</summary>
public static class BotCommands
{
    /// <summary>Shown in Telegram's "/" menu. /stats, /reindex and /ingest are left out: they are for admins.</summary>
    public static readonly IReadOnlyList<BotCommand> Menu =
    [
        new() { Command = "start", Description = "What I know and example questions" },
        new() { Command = "ask", Description = "Ask a question (in groups: /ask your question)" },
        new() { Command = "latest", Description = "The newest articles" },
        new() { Command = "sources", Description = "The articles I answer from, newest first" },
        new() { Command = "reset", Description = "Forget this chat's conversation" },
        new() { Command = "help", Description = "How to ask, and the commands" },
    ];

    /// <summary>Everything else (edits, channel posts, reactions…) is not even delivered.</summary>
    public static readonly UpdateType[] AllowedUpdates = [UpdateType.Message, UpdateType.CallbackQuery];
}
