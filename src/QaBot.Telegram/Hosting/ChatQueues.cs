using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Polly.Timeout;
using QaBot.Telegram.Conversation;
using QaBot.Telegram.Storage;
using Telegram.Bot.Exceptions;

namespace QaBot.Telegram.Hosting;

/// <summary>
/// Runs the inbox: one queue per chat, so each chat is served in arrival order while different chats go on
/// independently — a chat waiting out a 429 retry_after holds up nobody else. A failure of Telegram or the database
/// that outlasts the client's retries keeps the update and tries that chat again later; any other failure is logged
/// and the update skipped, so one bad update never stops its chat. Stopping finishes the updates in progress and
/// leaves the rest in the inbox for the next start.
/// </summary>
public sealed class ChatQueues(UpdateHandler handler, BotStore store, TimeProvider time, ILogger<ChatQueues> logger) : IDisposable
{
    private const int MaxAttempts = 8;
    private readonly Lock _gate = new();
    private readonly Dictionary<long, Queue<InboxUpdate>> _chats = [];
    private readonly Dictionary<long, Task> _workers = [];
    private readonly HashSet<int> _queued = [];
    private readonly CancellationTokenSource _abort = new();
    private bool _stopping;

    /// <summary>Updates queued or in progress.</summary>
    public int Count
    {
        get { lock (_gate) { return _queued.Count; } }
    }

    /// <summary>Queues an accepted update behind the earlier ones of its chat; returns at once.</summary>
    public void Enqueue(InboxUpdate update)
    {
        lock (_gate)
        {
            if (_stopping || !_queued.Add(update.Id))
            {
                return;
            }

            if (_chats.TryGetValue(update.ChatKey, out var queue))
            {
                queue.Enqueue(update);
                return;
            }

            _chats[update.ChatKey] = new Queue<InboxUpdate>([update]);
            _workers[update.ChatKey] = Task.Run(() => RunChatAsync(update.ChatKey));
        }
    }

    /// <summary>
    /// Lets the updates in progress finish (queued ones stay in the inbox); when <paramref name="ct"/> fires first,
    /// aborts them — they stay unhandled and are handled after restart.
    /// </summary>
    public async Task DrainAsync(CancellationToken ct)
    {
        Task[] workers;
        lock (_gate)
        {
            _stopping = true;
            workers = [.. _workers.Values];
        }

        try
        {
            await Task.WhenAll(workers).WaitAsync(ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            logger.LogWarning("Shutdown timeout: aborting {Count} update(s) in progress; they will be handled after restart", workers.Length);
            await _abort.CancelAsync();
            await Task.WhenAll(workers).WaitAsync(TimeSpan.FromSeconds(5), CancellationToken.None).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>Releases the abort signal.</summary>
    public void Dispose() => _abort.Dispose();

    private async Task RunChatAsync(long chat)
    {
        while (true)
        {
            InboxUpdate next;
            lock (_gate)
            {
                var queue = _chats[chat];
                if (_stopping || queue.Count == 0)
                {
                    _chats.Remove(chat);
                    _workers.Remove(chat);
                    foreach (var left in queue)
                    {
                        _queued.Remove(left.Id);
                    }

                    return;
                }

                next = queue.Dequeue();
            }

            await RunAsync(next);
            lock (_gate)
            {
                _queued.Remove(next.Id);
            }
        }
    }

    private async Task RunAsync(InboxUpdate update)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await handler.HandleAsync(update, _abort.Token);
                return;
            }
            catch (OperationCanceledException) when (_abort.IsCancellationRequested)
            {
                return; // shutdown cut it short: it stays in the inbox
            }
            catch (UpdateTakenException)
            {
                logger.LogDebug("Update {UpdateId} is another replica's (or done); leaving it", update.Id);
                return;
            }
            catch (Exception ex) when (IsTransient(ex) && attempt < MaxAttempts)
            {
                var delay = TimeSpan.FromSeconds(Math.Min(300, 5 * Math.Pow(2, attempt - 1)));
                logger.LogWarning("Update {UpdateId} failed ({Error}); its chat tries again in {Delay} s", update.Id, ex.Message, delay.TotalSeconds);
                try
                {
                    await Task.Delay(delay, time, _abort.Token);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Update {UpdateId} failed; skipping it", update.Id);
                await SkipAsync(update, ex);
                return;
            }
        }
    }

    private async Task SkipAsync(InboxUpdate update, Exception ex)
    {
        try
        {
            await store.CompleteAsync(new UpdateOutcome(update.Id, UpdateState.Skipped, $"failed: {ex.GetType().Name}: {ex.Message}"), CancellationToken.None);
        }
        catch (Exception storeError)
        {
            logger.LogError(storeError, "Could not record update {UpdateId} as skipped; it will be tried again after restart", update.Id);
        }
    }

    /// <summary>Telegram or the database unavailable (after the client's own retries): worth trying the update again later.</summary>
    private static bool IsTransient(Exception ex) => ex switch
    {
        ApiRequestException api => api.ErrorCode is 429 or >= 500,
        RequestException => true,
        TimeoutRejectedException or HttpRequestException or IOException => true,
        SqliteException sqlite => sqlite.SqliteErrorCode is 5 or 6, // SQLITE_BUSY, SQLITE_LOCKED
        Npgsql.NpgsqlException postgres => postgres.IsTransient,
        _ => false,
    };
}
