using System.Text.Json;
using System.Text.Json.Serialization;
using Telegram.Bot.Requests;
using Telegram.Bot.Types.Enums;

namespace QaBot.Telegram.Api;

/// <summary>
/// getUpdates returning each update as raw JSON: one update the client cannot read (a lone surrogate in its text,
/// "date":"yesterday") then spoils only itself, not the whole batch and every poll after it.
/// </summary>
public sealed class RawUpdatesRequest() : RequestBase<JsonElement[]>("getUpdates")
{
    /// <summary>First update id wanted; every lower one is confirmed to Telegram.</summary>
    [JsonPropertyName("offset")]
    public int? Offset { get; init; }

    /// <summary>At most this many updates (1–100).</summary>
    [JsonPropertyName("limit")]
    public int? Limit { get; init; }

    /// <summary>Long-poll timeout in seconds.</summary>
    [JsonPropertyName("timeout")]
    public int? Timeout { get; init; }

    /// <summary>Update types to receive.</summary>
    [JsonPropertyName("allowed_updates")]
    public IEnumerable<UpdateType>? AllowedUpdates { get; init; }
}
