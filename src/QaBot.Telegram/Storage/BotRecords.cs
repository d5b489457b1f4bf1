using QaBot.Core.Answering;

namespace QaBot.Telegram.Storage;

/// <summary>An update as received: its id, the chat it belongs to (0 when it has none) and its raw JSON.</summary>
public sealed record InboxUpdate(int Id, long ChatKey, string Json);

/// <summary>A message Telegram accepted: <see cref="Step"/> names its place in the reply ("reply", "reply#2", "draft", …).</summary>
public sealed record SentMessage(string Step, long ChatId, int MessageId);

/// <summary>What earlier attempts at an update sent (by step), and the step being sent when the last attempt stopped.</summary>
public sealed record UpdateProgress(IReadOnlyDictionary<string, SentMessage> Sent, string? SendingStep)
{
    /// <summary>A first attempt: nothing sent yet.</summary>
    public static readonly UpdateProgress None = new(new Dictionary<string, SentMessage>(), null);
}

/// <summary>How an update ended.</summary>
public enum UpdateState
{
    /// <summary>Answered, or deliberately ignored (group chatter, other bots).</summary>
    Handled,

    /// <summary>Unreadable (a poison update) or failed for good; never retried.</summary>
    Skipped,
}

/// <summary>Everything <see cref="BotStore.CompleteAsync"/> writes in one transaction.</summary>
/// <param name="LastSent">The final message, recorded with "handled" so a crash cannot separate them.</param>
/// <param name="Answer">Set when the reply was an answer.</param>
public sealed record UpdateOutcome(
    int UpdateId, UpdateState State, string? Note = null, SentMessage? LastSent = null, AnswerDelivery? Answer = null);

/// <summary>An answer that reached the chat: where, how fast, and the turn it adds to the chat's history.</summary>
public sealed record AnswerDelivery(long AnswerId, int MessageId, TimeSpan Latency, long ChatId, string Question, string AnswerText, int KeepTurns);

/// <summary>An answer about to be sent.</summary>
public sealed record NewAnswer(long ChatId, long UserId, int QuestionMessageId, Question Question, Answer Answer);

/// <summary>A stored answer as the feedback export and the buttons need it. <see cref="MessageId"/> is null until it was delivered.</summary>
public sealed record LoggedAnswer(
    long Id, long ChatId, long UserId, int? MessageId, string Question, IReadOnlyList<ChatTurn> History, string Answer,
    IReadOnlyList<Citation> Citations, bool Abstained, DateTimeOffset CreatedAt);

/// <summary>An answer with its votes: one per user, <see cref="LastVote"/> is "up" or "down".</summary>
public sealed record RatedAnswer(LoggedAnswer Answer, int Up, int Down, string LastVote);

/// <summary>What /stats reports.</summary>
/// <param name="PossibleDuplicates">Replies sent again because a restart came between sending them and recording them.</param>
public sealed record BotStats(
    long Answered, long Abstained, long FeedbackUp, long FeedbackDown, double? LatencyP50Ms, double? LatencyP95Ms,
    long PendingUpdates, long SkippedUpdates, long PossibleDuplicates)
{
    /// <summary>Nearest-rank percentile of sorted values; null when there are none.</summary>
    public static double? Percentile(IReadOnlyList<double> sorted, double p)
        => sorted.Count == 0 ? null : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
