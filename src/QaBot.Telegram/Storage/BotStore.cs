using QaBot.Core.Answering;

namespace QaBot.Telegram.Storage;

/// <summary>
/// Everything the bot keeps between restarts, behind one seam: the update inbox and ledger, what was sent for each
/// update, the answers with their votes, and each chat's history. <see cref="SqliteBotStore"/> is the default; another
/// database slots in by implementing these methods with the same guarantees (each method is one transaction).
/// </summary>
public abstract class BotStore
{
    // ---- updates: the inbox (received, not yet handled) and the ledger (handled) ----

    /// <summary>
    /// Makes received updates durable before Telegram is told they arrived: stores those never seen before (in the inbox
    /// or the ledger) as pending and, when <paramref name="pollingOffset"/> is given, saves it in the same transaction.
    /// Returns the updates that were new, in id order.
    /// </summary>
    public abstract Task<IReadOnlyList<InboxUpdate>> AcceptAsync(IReadOnlyList<InboxUpdate> updates, int? pollingOffset, CancellationToken ct);

    /// <summary>The getUpdates offset saved by <see cref="AcceptAsync"/> (0 when the bot never polled).</summary>
    public abstract Task<int> LoadPollingOffsetAsync(CancellationToken ct);

    /// <summary>Updates accepted but not yet handled (after a restart), oldest first.</summary>
    public abstract Task<IReadOnlyList<InboxUpdate>> PendingAsync(CancellationToken ct);

    /// <summary>What an earlier attempt at this update already sent, and which message it was sending when it stopped.</summary>
    public abstract Task<UpdateProgress> ProgressAsync(int updateId, CancellationToken ct);

    /// <summary>
    /// Notes that the message <paramref name="step"/> of the update is about to be sent (so a restart can tell it may have
    /// arrived). A <paramref name="resend"/> — the last run stopped while sending this very step — also counts one
    /// possible duplicate (<see cref="BotStats.PossibleDuplicates"/>), written before this returns and so before the
    /// send: a run killed after Telegram stored the resend but before recording it has still counted it.
    /// </summary>
    public abstract Task MarkSendingAsync(int updateId, string step, bool resend, CancellationToken ct);

    /// <summary>Records one message Telegram accepted for the update (right after the send).</summary>
    public abstract Task RecordSentAsync(int updateId, SentMessage sent, CancellationToken ct);

    /// <summary>
    /// Finishes an update in one transaction: its last sent message, the delivered answer (message id, latency) and the
    /// chat's new history turn, and its state in the ledger. After this the update is never handled again.
    /// </summary>
    public abstract Task CompleteAsync(UpdateOutcome outcome, CancellationToken ct);

    // ---- answers and feedback ----

    /// <summary>Stores an answer about to be sent (its id goes into the buttons) and marks <paramref name="step"/> as being sent; returns the id.</summary>
    public abstract Task<long> AddAnswerAsync(NewAnswer answer, int updateId, string step, CancellationToken ct);

    /// <summary>The answer with that id, or null.</summary>
    public abstract Task<LoggedAnswer?> FindAnswerAsync(long answerId, CancellationToken ct);

    /// <summary>Stores or replaces a user's vote on an answer.</summary>
    public abstract Task VoteAsync(long answerId, long userId, long chatId, bool up, CancellationToken ct);

    /// <summary>Answers that received votes, oldest first, with the vote counts and the latest vote (for the export).</summary>
    public abstract Task<IReadOnlyList<RatedAnswer>> RatedAnswersAsync(CancellationToken ct);

    /// <summary>Totals for /stats.</summary>
    public abstract Task<BotStats> StatsAsync(CancellationToken ct);

    // ---- conversation history ----

    /// <summary>The last <paramref name="turns"/> turns of the chat, oldest first.</summary>
    public abstract Task<IReadOnlyList<ChatTurn>> HistoryAsync(long chatId, int turns, CancellationToken ct);

    /// <summary>Forgets the chat's conversation (/reset).</summary>
    public abstract Task ClearHistoryAsync(long chatId, CancellationToken ct);
}

/// <summary>
/// A store shared by several bot processes found the update claimed by another live process (or already finished):
/// this process must leave it alone. Only stores with claims (<see cref="PostgresBotStore"/>) throw it.
/// </summary>
public sealed class UpdateTakenException(int updateId)
    : InvalidOperationException($"update {updateId} is being handled by another bot process, or was already handled")
{
    /// <summary>The update.</summary>
    public int UpdateId { get; } = updateId;
}
