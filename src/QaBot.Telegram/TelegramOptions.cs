using System.ComponentModel.DataAnnotations;

namespace QaBot.Telegram;

/// <summary>How updates reach the bot.</summary>
public enum BotMode
{
    /// <summary>Long polling with getUpdates (default; works behind NAT).</summary>
    Polling,

    /// <summary>Telegram POSTs updates to a public HTTPS URL served by Kestrel.</summary>
    Webhook,
}

/// <summary>Settings of the Telegram bot, section <c>Telegram</c>. Validated at start-up; the token is never logged.</summary>
public sealed class TelegramOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Telegram";

    /// <summary>Bot token from @BotFather ("123456:ABC…"). Environment: <c>Telegram__BotToken</c>.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Telegram:BotToken is missing: set it in appsettings.json or the environment variable Telegram__BotToken (get a token from @BotFather).")]
    [RegularExpression(@"^\d+:[A-Za-z0-9_-]+$", ErrorMessage = "Telegram:BotToken does not look like a bot token (digits, a colon, then letters); copy it again from @BotFather.")]
    public string BotToken { get; set; } = "";

    /// <summary>Bot API server; change it for a self-hosted Bot API server (and in tests).</summary>
    [Required(ErrorMessage = "Telegram:ApiBaseUrl must be an absolute http(s) URL such as https://api.telegram.org.")]
    public string ApiBaseUrl { get; set; } = "https://api.telegram.org";

    /// <summary>Polling (default) or Webhook.</summary>
    public BotMode Mode { get; set; } = BotMode.Polling;

    /// <summary>Public HTTPS URL Telegram posts updates to (Webhook mode), e.g. https://bot.example.com/telegram.</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>Local address Kestrel listens on in Webhook mode (behind a TLS-terminating proxy).</summary>
    public string WebhookListenUrl { get; set; } = "http://0.0.0.0:8443";

    /// <summary>Secret Telegram sends back in <c>X-Telegram-Bot-Api-Secret-Token</c>; 1–256 of A–Z a–z 0–9 _ -.</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>When this or <see cref="AllowedChatIds"/> is non-empty, only these users (or chats) may use the bot.</summary>
    public long[] AllowedUserIds { get; set; } = [];

    /// <summary>Chats (groups or private) whose members may use the bot.</summary>
    public long[] AllowedChatIds { get; set; } = [];

    /// <summary>Users who may run /stats and /reindex; always allowed.</summary>
    public long[] AdminUserIds { get; set; } = [];

    /// <summary>Per-user question rate limit.</summary>
    [Required]
    public RateLimitOptions RateLimit { get; set; } = new();

    /// <summary>Longest question accepted, in characters.</summary>
    [Range(10, 4000, ErrorMessage = "Telegram:MaxQuestionChars must be between 10 and 4000.")]
    public int MaxQuestionChars { get; set; } = 500;

    /// <summary>How many earlier messages (questions and answers) of a chat are passed as history for follow-ups.</summary>
    [Range(0, 40, ErrorMessage = "Telegram:HistoryTurns must be between 0 and 40.")]
    public int HistoryTurns { get; set; } = 6;

    /// <summary>getUpdates long-poll timeout in seconds.</summary>
    [Range(0, 50, ErrorMessage = "Telegram:PollingTimeoutSeconds must be between 0 and 50.")]
    public int PollingTimeoutSeconds { get; set; } = 25;

    /// <summary>Timeout of one Bot API call (besides getUpdates), in seconds.</summary>
    [Range(1, 300, ErrorMessage = "Telegram:RequestTimeoutSeconds must be between 1 and 300.")]
    public int RequestTimeoutSeconds { get; set; } = 30;

    /// <summary>Retries of a Bot API call after 429, 5xx or a timeout.</summary>
    [Range(0, 10, ErrorMessage = "Telegram:MaxRetries must be between 0 and 10.")]
    public int MaxRetries { get; set; } = 4;

    /// <summary>First backoff delay after a 5xx or a timeout, in milliseconds; doubles on each retry.</summary>
    [Range(1, 60000, ErrorMessage = "Telegram:RetryBaseDelayMs must be between 1 and 60000.")]
    public int RetryBaseDelayMs { get; set; } = 500;

    /// <summary>Longest 429 retry_after the bot waits for, in seconds; longer ones fail the call.</summary>
    [Range(1, 3600, ErrorMessage = "Telegram:MaxRetryAfterSeconds must be between 1 and 3600.")]
    public int MaxRetryAfterSeconds { get; set; } = 120;

    /// <summary>
    /// Answers computed at the same time (retrieval and the model), across chats. Each chat's updates are always handled
    /// in order; sending replies and waiting out Telegram's retry_after take no slot, so a throttled chat delays nobody else.
    /// </summary>
    [Range(1, 256, ErrorMessage = "Telegram:MaxConcurrentAnswers must be between 1 and 256.")]
    public int MaxConcurrentAnswers { get; set; } = 16;

    /// <summary>Minimum gap between editMessageText calls while streaming in groups, in milliseconds.</summary>
    [Range(100, 60000, ErrorMessage = "Telegram:StreamEditIntervalMs must be between 100 and 60000.")]
    public int StreamEditIntervalMs { get; set; } = 1000;

    /// <summary>Minimum gap between sendMessageDraft calls while streaming in private chats, in milliseconds.</summary>
    [Range(50, 60000, ErrorMessage = "Telegram:StreamDraftIntervalMs must be between 50 and 60000.")]
    public int StreamDraftIntervalMs { get; set; } = 300;

    /// <summary>How often the "typing…" action is refreshed, in milliseconds (Telegram shows it for ~5 s).</summary>
    [Range(500, 5000, ErrorMessage = "Telegram:TypingIntervalMs must be between 500 and 5000.")]
    public int TypingIntervalMs { get; set; } = 4000;

    /// <summary>How long shutdown waits for answers in flight, in seconds.</summary>
    [Range(0, 600, ErrorMessage = "Telegram:ShutdownTimeoutSeconds must be between 0 and 600.")]
    public int ShutdownTimeoutSeconds { get; set; } = 30;

    /// <summary>
    /// With the store in PostgreSQL (replicas): how long a process's claim on an update lasts without progress; an update
    /// whose process died is taken over by another replica after this.
    /// </summary>
    [Range(2, 3600, ErrorMessage = "Telegram:LeaseSeconds must be between 2 and 3600 (e.g. 30).")]
    public int LeaseSeconds { get; set; } = 30;

    /// <summary>SQLite file for the bot's own tables; empty = the same file as <c>Store:Path</c>.</summary>
    public string? DatabasePath { get; set; }
}

/// <summary>Token bucket per user: <see cref="Capacity"/> questions at once, refilled at <see cref="RefillPerMinute"/>.</summary>
public sealed class RateLimitOptions
{
    /// <summary>Burst size (bucket capacity).</summary>
    [Range(1, 1000, ErrorMessage = "Telegram:RateLimit:Capacity must be between 1 and 1000.")]
    public int Capacity { get; set; } = 5;

    /// <summary>Questions added back per minute.</summary>
    [Range(0.01, 6000, ErrorMessage = "Telegram:RateLimit:RefillPerMinute must be between 0.01 and 6000.")]
    public double RefillPerMinute { get; set; } = 6;
}
