using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace QaBot.Tests.Telegram;

/// <summary>The user side: what people do in Telegram, turned into updates the bot will receive.</summary>
internal sealed partial class FakeBotApi
{
    /// <summary>Opens a chat: positive ids are private chats with that user, negative ids are groups.</summary>
    public void OpenChat(long chatId, string? type = null)
    {
        lock (_gate)
        {
            if (!_chats.ContainsKey(chatId))
            {
                _chats[chatId] = (type ?? (chatId > 0 ? "private" : "supergroup"), 1);
            }
        }
    }

    /// <summary>A user types <paramref name="text"/>; entities (commands, mentions) are computed as Telegram does. Returns the message id.</summary>
    public int SendText(long chatId, long userId, string text, int? replyToMessageId = null)
    {
        var message = UserMessage(chatId, userId, replyToMessageId, out var id);
        message["text"] = text;
        var entities = Entities(text);
        if (entities.Count > 0)
        {
            message["entities"] = entities;
        }

        lock (_gate) { _messages.Add(new ChatMessage(chatId, id, false, text, null, replyToMessageId, null)); }
        AddUpdate(new JsonObject { ["message"] = message });
        return id;
    }

    /// <summary>A user sends something that is not text (sticker, photo, …): <paramref name="content"/> is merged into the message.</summary>
    public int SendNonText(long chatId, long userId, JsonObject content)
    {
        var message = UserMessage(chatId, userId, null, out var id);
        foreach (var (key, value) in content)
        {
            message[key] = value?.DeepClone();
        }

        AddUpdate(new JsonObject { ["message"] = message });
        return id;
    }

    /// <summary>Adds any update (edited_message, channel_post, my_chat_member…) as given.</summary>
    public int SendRawUpdate(JsonObject update) => AddUpdate(update);

    /// <summary>
    /// Adds an update written as JSON text (its <c>update_id</c> is filled in), e.g. one a client cannot deserialize:
    /// <c>"text":"\ud800"</c> (a lone surrogate) or <c>"date":"yesterday"</c>.
    /// </summary>
    public int SendUpdateJson(string jsonWithoutId)
    {
        int id;
        lock (_gate)
        {
            id = Interlocked.Increment(ref _nextUpdateId);
            _pending.Add((id, "{\"update_id\":" + id.ToString(System.Globalization.CultureInfo.InvariantCulture) + "," + jsonWithoutId.TrimStart()[1..]));
        }

        Changed();
        return id;
    }

    /// <summary>A button press Telegram reports without a message (an inline-mode message), carrying whatever data the client chose.</summary>
    public string PressInlineButton(long userId, string inlineMessageId, string data)
    {
        var queryId = $"cq{Interlocked.Increment(ref _nextUpdateId)}";
        lock (_gate) { _openCallbacks.Add(queryId); }
        AddUpdate(new JsonObject
        {
            ["callback_query"] = new JsonObject
            {
                ["id"] = queryId,
                ["from"] = UserJson(userId, $"user{userId}"),
                ["inline_message_id"] = inlineMessageId,
                ["chat_instance"] = "ci-inline",
                ["data"] = data,
            },
        });
        return queryId;
    }

    /// <summary>A user presses an inline button under a bot message.</summary>
    public string PressButton(long chatId, long userId, int messageId, string data)
    {
        ChatMessage message;
        lock (_gate) { message = _messages.Single(m => m.ChatId == chatId && m.MessageId == messageId); }
        var queryId = $"cq{Interlocked.Increment(ref _nextUpdateId)}";
        lock (_gate) { _openCallbacks.Add(queryId); }
        AddUpdate(new JsonObject
        {
            ["callback_query"] = new JsonObject
            {
                ["id"] = queryId,
                ["from"] = UserJson(userId, $"user{userId}"),
                ["message"] = MessageJsonLocked(message),
                ["chat_instance"] = $"ci{chatId}",
                ["data"] = data,
            },
        });
        return queryId;
    }

    private JsonObject MessageJsonLocked(ChatMessage message)
    {
        lock (_gate) { return MessageJson(message); }
    }

    private JsonObject UserMessage(long chatId, long userId, int? replyTo, out int id)
    {
        OpenChat(chatId);
        JsonObject message;
        lock (_gate)
        {
            id = NextMessageId(chatId);
            message = new JsonObject
            {
                ["message_id"] = id,
                ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                ["chat"] = ChatJson(chatId),
                ["from"] = UserJson(userId, $"user{userId}"),
            };
            if (replyTo is { } r && _messages.FirstOrDefault(m => m.ChatId == chatId && m.MessageId == r) is { } original)
            {
                message["reply_to_message"] = MessageJson(original);
            }
        }

        return message;
    }

    private int AddUpdate(JsonObject update)
    {
        int id;
        lock (_gate)
        {
            id = Interlocked.Increment(ref _nextUpdateId);
            update["update_id"] = id;
            _pending.Add((id, update.ToJsonString()));
        }

        Changed();
        return id;
    }

    private static JsonArray Entities(string text)
    {
        var entities = new JsonArray();
        var command = CommandPattern().Match(text);
        if (command.Success)
        {
            entities.Add(new JsonObject { ["type"] = "bot_command", ["offset"] = 0, ["length"] = command.Length });
        }

        foreach (Match mention in MentionPattern().Matches(text))
        {
            entities.Add(new JsonObject { ["type"] = "mention", ["offset"] = mention.Index, ["length"] = mention.Length });
        }

        return entities;
    }

    [GeneratedRegex(@"^/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?")]
    private static partial Regex CommandPattern();

    [GeneratedRegex(@"(?<![\w/])@[A-Za-z0-9_]{5,32}")]
    private static partial Regex MentionPattern();
}
