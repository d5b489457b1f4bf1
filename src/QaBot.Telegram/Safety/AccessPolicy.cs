using Microsoft.Extensions.Options;

namespace QaBot.Telegram.Safety;

/// <summary>
/// Who may talk to the bot. With both allowlists empty everyone may; otherwise a user is let in when their id is in
/// <see cref="TelegramOptions.AllowedUserIds"/> or the chat's id is in <see cref="TelegramOptions.AllowedChatIds"/>.
/// Admins are always allowed and alone may run /stats and /reindex.
/// </summary>
public sealed class AccessPolicy(IOptions<TelegramOptions> options)
{
    /// <summary>Whether <paramref name="userId"/> may use the bot in <paramref name="chatId"/>.</summary>
    public bool IsAllowed(long userId, long chatId)
    {
        var o = options.Value;
        return (o.AllowedUserIds.Length == 0 && o.AllowedChatIds.Length == 0)
            || o.AllowedUserIds.Contains(userId)
            || o.AllowedChatIds.Contains(chatId)
            || o.AdminUserIds.Contains(userId);
    }

    /// <summary>Whether <paramref name="userId"/> is an admin.</summary>
    public bool IsAdmin(long userId) => options.Value.AdminUserIds.Contains(userId);
}
