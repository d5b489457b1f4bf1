using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace QaBot.Tests.Telegram;

/// <summary>A message as a chat shows it: sent by the bot or by a simulated user, possibly edited or deleted.</summary>
internal sealed record ChatMessage(long ChatId, int MessageId, bool FromBot, string Text, string? ParseMode, int? ReplyTo, JsonNode? ReplyMarkup, bool Deleted = false, int Edits = 0)
{
    /// <summary>callback_data of every inline button.</summary>
    public IReadOnlyList<(string Text, string Data)> Buttons
        => ReplyMarkup?["inline_keyboard"]?.AsArray().SelectMany(row => row!.AsArray())
            .Select(b => ((string)b!["text"]!, (string?)b["callback_data"] ?? "")).ToList() ?? [];
}

/// <summary>One Bot API call as received.</summary>
internal sealed record ApiCall(string Method, JsonObject Body, DateTimeOffset At, int Status);

/// <summary>
/// A failure or delay to inject into the next matching call(s) — only calls for <see cref="ChatId"/> when set.
/// <see cref="StoreThenDelay"/> processes the call first (the message exists) and then stalls the response: the
/// connection is lost after Telegram stored it.
/// </summary>
internal sealed record Fault(
    int Status = 0, string? Description = null, int? RetryAfter = null, TimeSpan? Delay = null, int Times = 1, long? ChatId = null, bool StoreThenDelay = false);

/// <summary>
/// An in-process Telegram Bot API server on loopback (Kestrel, 127.0.0.1:0) for the real Telegram.Bot client:
/// getMe, getUpdates (long poll, offset confirms), sendMessage (HTML parsed like Telegram: bad markup → 400),
/// editMessageText, deleteMessage, sendMessageDraft (private chats only), sendChatAction, answerCallbackQuery,
/// setMyCommands, setWebhook/deleteWebhook, getFile and file downloads. Records every call; injects 429s, 5xx and slow replies on request.
/// </summary>
internal sealed partial class FakeBotApi : IAsyncDisposable
{
    public const string Token = "123456:TEST-token_abcdefghij";
    public const long BotId = 123456;
    public const string BotUsername = "qa_test_bot";

    private readonly WebApplication _app;
    private readonly Lock _gate = new();
    private readonly List<ApiCall> _calls = [];
    private readonly List<string> _started = [];
    private readonly Dictionary<string, int> _startedByMethod = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<ChatMessage> _messages = [];
    private readonly List<(int Id, string Json)> _pending = []; // unconfirmed updates, as sent (raw JSON)
    private readonly Dictionary<string, Queue<Fault>> _faults = [];
    private readonly Dictionary<long, (string Type, int NextMessageId)> _chats = [];
    private readonly HashSet<string> _openCallbacks = [];
    private readonly List<(long ChatId, int DraftId, string Text)> _drafts = [];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _nextUpdateId = 1000;
    private string? _webhookUrl;

    private FakeBotApi(WebApplication app) => _app = app;

    public string BaseUrl => _app.Urls.First();

    public JsonArray? Commands { get; private set; }

    public string? WebhookSecret { get; private set; }

    public static async Task<FakeBotApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var fake = new FakeBotApi(app);
        app.MapMethods("/bot{token}/{method}", ["GET", "POST"], fake.HandleAsync);
        app.MapGet("/file/bot{token}/{**path}", fake.DownloadAsync);
        await app.StartAsync();
        return fake;
    }

    public async ValueTask DisposeAsync()
    {
        await _stopDelivery.CancelAsync();
        if (_delivery is not null)
        {
            await _delivery;
        }

        _stopDelivery.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    // ---- what tests inspect ----

    public IReadOnlyList<ApiCall> Calls { get { lock (_gate) { return [.. _calls]; } } }

    /// <summary>Methods of calls received so far, including those still being processed (slow replies).</summary>
    public IReadOnlyList<string> StartedCalls { get { lock (_gate) { return [.. _started]; } } }

    /// <summary>How many calls of <paramref name="method"/> were received so far (cheap, for polling under load).</summary>
    public int StartedCount(string method)
    {
        lock (_gate) { return _startedByMethod.GetValueOrDefault(method); }
    }

    /// <summary>Every message the bot sent (and did not delete), in all chats.</summary>
    public IReadOnlyList<ChatMessage> AllBotMessages
    {
        get { lock (_gate) { return [.. _messages.Where(m => m.FromBot && !m.Deleted)]; } }
    }

    public IReadOnlyList<ChatMessage> BotMessages(long chatId)
    {
        lock (_gate) { return [.. _messages.Where(m => m.ChatId == chatId && m.FromBot && !m.Deleted)]; }
    }

    public IReadOnlyList<(long ChatId, int DraftId, string Text)> Drafts { get { lock (_gate) { return [.. _drafts]; } } }

    public int PendingUpdates { get { lock (_gate) { return _pending.Count; } } }

    public void Inject(string method, Fault fault)
    {
        lock (_gate)
        {
            if (!_faults.TryGetValue(method, out var queue))
            {
                _faults[method] = queue = new Queue<Fault>();
            }

            for (var i = 0; i < fault.Times; i++)
            {
                queue.Enqueue(fault);
            }
        }
    }

    /// <summary>Waits until <paramref name="condition"/> holds (checked after every call), failing after <paramref name="timeout"/>.</summary>
    public async Task WaitUntilAsync(Func<FakeBotApi, bool> condition, TimeSpan? timeout = null, string? what = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            Task changed;
            lock (_gate) { changed = _changed.Task; }
            if (condition(this))
            {
                return;
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                throw new TimeoutException($"Timed out waiting for {what ?? "condition"}; calls: {string.Join(", ", Calls.Select(c => c.Method))}");
            }

            await Task.WhenAny(changed, Task.Delay(left < TimeSpan.FromMilliseconds(200) ? left : TimeSpan.FromMilliseconds(200)));
        }
    }

    /// <summary>Waits for the <paramref name="count"/>-th bot message in the chat and returns the messages.</summary>
    public async Task<IReadOnlyList<ChatMessage>> WaitForBotMessagesAsync(long chatId, int count, TimeSpan? timeout = null)
    {
        await WaitUntilAsync(f => f.BotMessages(chatId).Count >= count, timeout, $"{count} bot message(s) in chat {chatId}");
        return BotMessages(chatId);
    }

    private void Changed()
    {
        TaskCompletionSource old;
        lock (_gate)
        {
            old = _changed;
            _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        old.TrySetResult();
    }

    // ---- the Bot API ----

    private async Task HandleAsync(HttpContext http, string token, string method)
    {
        var body = await ReadBodyAsync(http.Request);
        lock (_gate)
        {
            _started.Add(method);
            _startedByMethod[method] = _startedByMethod.GetValueOrDefault(method) + 1;
        }

        Changed();
        var fault = NextFault(method, body);
        if (fault is { Delay: { } delay, StoreThenDelay: false })
        {
            try
            {
                await Task.Delay(delay, http.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                Record(method, body, 499); // the client gave up before the server processed the request
                return;
            }
        }

        JsonNode? result;
        string? rawResult = null;
        (int Status, string Description, int? RetryAfter)? error;
        if (token != Token)
        {
            (result, error) = (null, (401, "Unauthorized", null));
        }
        else if (fault is { Status: >= 400 } f)
        {
            (result, error) = (null, (f.Status, f.Description ?? DefaultDescription(f.Status, f.RetryAfter), f.RetryAfter));
        }
        else if (method.Equals("getUpdates", StringComparison.OrdinalIgnoreCase))
        {
            result = null;
            (rawResult, error) = await GetUpdatesAsync(body, http.RequestAborted);
        }
        else
        {
            (result, error) = await DispatchAsync(method, body, http.RequestAborted);
        }

        Record(method, body, error?.Status ?? 200);
        if (fault is { Delay: { } stall, StoreThenDelay: true })
        {
            try
            {
                await Task.Delay(stall, http.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return; // the client gave up; the message was stored all the same
            }
        }

        var response = error is { } e
            ? new JsonObject { ["ok"] = false, ["error_code"] = e.Status, ["description"] = e.Description }
            : new JsonObject { ["ok"] = true, ["result"] = result };
        if (error is { RetryAfter: { } retry })
        {
            response["parameters"] = new JsonObject { ["retry_after"] = retry };
        }

        http.Response.StatusCode = error?.Status ?? 200;
        http.Response.ContentType = "application/json";
        // Updates go out exactly as they were queued, so a test can send JSON the client cannot read.
        await http.Response.WriteAsync(rawResult is null || error is not null ? response.ToJsonString() : "{\"ok\":true,\"result\":" + rawResult + "}");
        Changed();
    }

    private async Task<(JsonNode? Result, (int, string, int?)? Error)> DispatchAsync(string method, JsonObject body, CancellationToken aborted)
    {
        switch (method.ToLowerInvariant())
        {
            case "getme":
                return (UserJson(BotId, BotUsername, isBot: true), null);
            case "sendmessage":
                return SendMessage(body);
            case "editmessagetext":
                return EditMessageText(body);
            case "deletemessage":
                return DeleteMessage(body);
            case "sendmessagedraft":
                return SendMessageDraft(body);
            case "sendchataction":
                return (true, null);
            case "getfile":
                return GetFile(body);
            case "answercallbackquery":
                lock (_gate)
                {
                    return _openCallbacks.Remove((string?)body["callback_query_id"] ?? "")
                        ? (true, null)
                        : (null, (400, "Bad Request: query is too old and response timeout expired or query ID is invalid", null));
                }

            case "setmycommands":
                Commands = body["commands"]?.DeepClone().AsArray();
                return (true, null);
            case "setwebhook":
                (_webhookUrl, WebhookSecret) = ((string?)body["url"], (string?)body["secret_token"]);
                StartDelivering();
                return (true, null);
            case "deletewebhook":
                _webhookUrl = null;
                return (true, null);
            default:
                return (null, (404, "Not Found", null));
        }
    }

    private static async Task<JsonObject> ReadBodyAsync(HttpRequest request)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            var obj = new JsonObject();
            foreach (var (key, value) in form)
            {
                var text = value.ToString();
                obj[key] = text.StartsWith('{') || text.StartsWith('[') ? JsonNode.Parse(text) : text;
            }

            return obj;
        }

        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var json = await reader.ReadToEndAsync();
        return string.IsNullOrWhiteSpace(json) ? [] : JsonNode.Parse(json)!.AsObject();
    }

    private Fault? NextFault(string method, JsonObject body)
    {
        lock (_gate)
        {
            if (!_faults.TryGetValue(method, out var queue) || queue.Count == 0)
            {
                return null;
            }

            var chatId = body["chat_id"] is { } id ? Long(id) : (long?)null;
            var match = queue.FirstOrDefault(f => f.ChatId is null || f.ChatId == chatId);
            if (match is not null)
            {
                _faults[method] = new Queue<Fault>(RemoveFirst(queue, match));
            }

            return match;
        }
    }

    private static IEnumerable<Fault> RemoveFirst(IEnumerable<Fault> faults, Fault match)
    {
        var removed = false;
        foreach (var fault in faults)
        {
            if (!removed && ReferenceEquals(fault, match))
            {
                removed = true;
                continue;
            }

            yield return fault;
        }
    }

    private void Record(string method, JsonObject body, int status)
    {
        lock (_gate) { _calls.Add(new ApiCall(method, body, DateTimeOffset.UtcNow, status)); }
    }

    private static string DefaultDescription(int status, int? retryAfter) => status switch
    {
        429 => $"Too Many Requests: retry after {retryAfter ?? 1}",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        _ => "Error",
    };

    internal static JsonObject UserJson(long id, string? username, bool isBot = false)
    {
        var user = new JsonObject { ["id"] = id, ["is_bot"] = isBot, ["first_name"] = isBot ? "QaBot" : $"User{id}" };
        if (username is not null)
        {
            user["username"] = username;
        }

        return user;
    }

    private static long Long(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? long.Parse(s, System.Globalization.CultureInfo.InvariantCulture) : node?.GetValue<long>() ?? 0;
}
