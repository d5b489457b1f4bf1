using System.Text;
using System.Text.Json.Nodes;

namespace QaBot.Tests.Telegram;

internal sealed partial class FakeBotApi
{
    private async Task<(string? RawResult, (int, string, int?)? Error)> GetUpdatesAsync(JsonObject body, CancellationToken aborted)
    {
        if (_webhookUrl is not null)
        {
            return (null, (409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first", null));
        }

        var offset = body["offset"] is { } o ? (int)Long(o) : 0;
        var limit = body["limit"] is { } l ? (int)Long(l) : 100;
        var timeout = body["timeout"] is { } t ? (int)Long(t) : 0;
        var deadline = DateTime.UtcNow.AddSeconds(timeout);
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (offset > 0)
                {
                    _pending.RemoveAll(u => u.Id < offset); // confirmed
                }

                var ready = _pending.Where(u => u.Id >= offset).Take(limit).ToList();
                if (ready.Count > 0 || DateTime.UtcNow >= deadline)
                {
                    return ("[" + string.Join(',', ready.Select(u => u.Json)) + "]", null);
                }

                changed = _changed.Task;
            }

            try
            {
                await changed.WaitAsync(deadline - DateTime.UtcNow, aborted);
            }
            catch (TimeoutException)
            {
            }
            catch (OperationCanceledException)
            {
                return ("[]", null);
            }
        }
    }

    private (JsonNode?, (int, string, int?)?) SendMessage(JsonObject body)
    {
        var chatId = Long(body["chat_id"]);
        var (text, error) = Render(body);
        if (error is not null)
        {
            return (null, (400, error, null));
        }

        var replyTo = (int?)Long(body["reply_parameters"]?["message_id"]);
        replyTo = replyTo == 0 ? null : replyTo;
        lock (_gate)
        {
            if (!_chats.ContainsKey(chatId))
            {
                return (null, (400, "Bad Request: chat not found", null));
            }

            if (replyTo is { } r && !_messages.Any(m => m.ChatId == chatId && m.MessageId == r && !m.Deleted)
                && body["reply_parameters"]?["allow_sending_without_reply"]?.GetValue<bool>() != true)
            {
                return (null, (400, "Bad Request: message to be replied not found", null));
            }

            if (CheckMarkup(body["reply_markup"]) is { } markupError)
            {
                return (null, (400, markupError, null));
            }

            var id = NextMessageId(chatId);
            var message = new ChatMessage(chatId, id, true, text!, (string?)body["parse_mode"], replyTo, body["reply_markup"]?.DeepClone());
            _messages.Add(message);
            return (MessageJson(message), null);
        }
    }

    private (JsonNode?, (int, string, int?)?) EditMessageText(JsonObject body)
    {
        var chatId = Long(body["chat_id"]);
        var messageId = (int)Long(body["message_id"]);
        var (text, error) = Render(body);
        if (error is not null)
        {
            return (null, (400, error, null));
        }

        lock (_gate)
        {
            var index = _messages.FindIndex(m => m.ChatId == chatId && m.MessageId == messageId && !m.Deleted);
            if (index < 0 || !_messages[index].FromBot)
            {
                return (null, (400, index < 0 ? "Bad Request: message to edit not found" : "Bad Request: message can't be edited", null));
            }

            var old = _messages[index];
            var markup = body["reply_markup"]?.DeepClone();
            if (old.Text == text && old.ReplyMarkup?.ToJsonString() == markup?.ToJsonString())
            {
                return (null, (400, "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message", null));
            }

            var edited = old with { Text = text!, ParseMode = (string?)body["parse_mode"], ReplyMarkup = markup, Edits = old.Edits + 1 };
            _messages[index] = edited;
            return (MessageJson(edited), null);
        }
    }

    private (JsonNode?, (int, string, int?)?) DeleteMessage(JsonObject body)
    {
        var chatId = Long(body["chat_id"]);
        var messageId = (int)Long(body["message_id"]);
        lock (_gate)
        {
            var index = _messages.FindIndex(m => m.ChatId == chatId && m.MessageId == messageId && !m.Deleted);
            if (index < 0)
            {
                return (null, (400, "Bad Request: message to delete not found", null));
            }

            _messages[index] = _messages[index] with { Deleted = true };
            return (true, null);
        }
    }

    private (JsonNode?, (int, string, int?)?) SendMessageDraft(JsonObject body)
    {
        var chatId = Long(body["chat_id"]);
        var draftId = (int)Long(body["draft_id"]);
        var (text, error) = Render(body);
        lock (_gate)
        {
            if (!_chats.TryGetValue(chatId, out var chat) || chat.Type != "private")
            {
                return (null, (400, "Bad Request: TEXTDRAFT_PEER_INVALID", null));
            }

            if (draftId == 0 || error is not null)
            {
                return (null, (400, error ?? "Bad Request: draft_id must be non-zero", null));
            }

            _drafts.Add((chatId, draftId, text!));
            return (true, null);
        }
    }

    /// <summary>The visible text, or the Bot API's error for bad markup, empty or too long text.</summary>
    private static (string? Text, string? Error) Render(JsonObject body)
    {
        var raw = (string?)body["text"] ?? "";
        var (text, error) = string.Equals((string?)body["parse_mode"], "HTML", StringComparison.OrdinalIgnoreCase)
            ? TelegramHtml.Parse(raw)
            : (raw, null);
        return error is not null ? (null, error)
            : text!.Trim().Length == 0 ? (null, "Bad Request: message text is empty")
            : text.Length > 4096 ? (null, "Bad Request: message is too long")
            : (text, null);
    }

    private static string? CheckMarkup(JsonNode? markup)
    {
        foreach (var button in markup?["inline_keyboard"]?.AsArray().SelectMany(row => row!.AsArray()) ?? [])
        {
            var data = (string?)button!["callback_data"];
            if (data is not null && (data.Length == 0 || Encoding.UTF8.GetByteCount(data) > 64))
            {
                return "Bad Request: BUTTON_DATA_INVALID";
            }
        }

        return null;
    }

    private int NextMessageId(long chatId)
    {
        var (type, next) = _chats.GetValueOrDefault(chatId, ("private", 1));
        _chats[chatId] = (type, next + 1);
        return next;
    }

    private JsonObject MessageJson(ChatMessage m)
    {
        var json = new JsonObject
        {
            ["message_id"] = m.MessageId,
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["chat"] = ChatJson(m.ChatId),
            ["from"] = m.FromBot ? UserJson(BotId, BotUsername, isBot: true) : UserJson(m.ChatId, null),
            ["text"] = m.Text,
        };
        if (m.ReplyMarkup is not null)
        {
            json["reply_markup"] = m.ReplyMarkup.DeepClone();
        }

        return json;
    }

    private JsonObject ChatJson(long chatId)
    {
        var type = _chats.GetValueOrDefault(chatId, (Type: "private", NextMessageId: 1)).Type;
        return type == "private"
            ? new JsonObject { ["id"] = chatId, ["type"] = type, ["first_name"] = $"User{chatId}" }
            : new JsonObject { ["id"] = chatId, ["type"] = type, ["title"] = $"Group {chatId}" };
    }
}
