using System.Text.Json;

namespace QaBot.Telegram.Storage;

/// <summary>Reads what the inbox needs from an update's raw JSON (its id and chat), without trusting the rest of it.</summary>
public static class InboxUpdates
{
    /// <summary>The update, or null when it has no integer <c>update_id</c> (then it cannot even be acknowledged by id).</summary>
    public static InboxUpdate? From(JsonElement update)
    {
        if (update.ValueKind != JsonValueKind.Object
            || !update.TryGetProperty("update_id", out var id) || id.ValueKind != JsonValueKind.Number || !id.TryGetInt32(out var updateId))
        {
            return null;
        }

        return new InboxUpdate(updateId, ChatKey(update), update.GetRawText());
    }

    /// <summary>The chat whose order the update must keep: the message's chat, or a callback's chat (else its user); 0 for none.</summary>
    public static long ChatKey(JsonElement update)
    {
        string[][] paths =
        [
            ["message", "chat", "id"], ["callback_query", "message", "chat", "id"], ["callback_query", "from", "id"],
            ["edited_message", "chat", "id"], ["channel_post", "chat", "id"], ["my_chat_member", "chat", "id"],
        ];
        foreach (var path in paths)
        {
            var node = update;
            var found = true;
            foreach (var name in path)
            {
                if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty(name, out node))
                {
                    found = false;
                    break;
                }
            }

            if (found && node.ValueKind == JsonValueKind.Number && node.TryGetInt64(out var chat))
            {
                return chat;
            }
        }

        return 0;
    }
}
