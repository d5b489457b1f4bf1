using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QaBot.Telegram.Conversation;
using QaBot.Telegram.Storage;
using Telegram.Bot.Types;

namespace QaBot.Telegram.Hosting;

/// <summary>
/// Runs updates concurrently across chats and in arrival order within a chat, marks each handled in the
/// <see cref="UpdateLedger"/> once it is done, and on shutdown waits for the answers in flight.
/// A failing update is logged and counted as handled: it never stops the others.
/// </summary>
public sealed class UpdateDispatcher(UpdateRouter router, UpdateLedger ledger, IOptions<TelegramOptions> options, ILogger<UpdateDispatcher> logger)
    : IDisposable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<long, Task> _chatTails = [];
    private readonly SortedSet<int> _inFlight = [];
    private readonly SemaphoreSlim _slots = new(options.Value.MaxConcurrentUpdates);
    private readonly CancellationTokenSource _abort = new();
    private TaskCompletionSource _progress = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Lowest update id still being handled, if any.</summary>
    public int? LowestInFlight
    {
        get { lock (_gate) { return _inFlight.Count == 0 ? null : _inFlight.Min; } }
    }

    /// <summary>Whether the update is queued or running in this process.</summary>
    public bool IsInFlight(int updateId)
    {
        lock (_gate) { return _inFlight.Contains(updateId); }
    }

    /// <summary>Queues the update behind earlier ones of the same chat; returns at once.</summary>
    public void Enqueue(Update update)
    {
        var key = ChatKey(update);
        lock (_gate)
        {
            if (!_inFlight.Add(update.Id))
            {
                return;
            }

            var previous = _chatTails.GetValueOrDefault(key, Task.CompletedTask);
            var tail = RunAfterAsync(previous, update);
            _chatTails[key] = tail;
            _ = tail.ContinueWith(_ => Forget(key, tail), TaskScheduler.Default);
        }
    }

    /// <summary>Completes when some update finishes, or after <paramref name="max"/>.</summary>
    public Task WaitForProgressAsync(TimeSpan max, CancellationToken ct)
    {
        Task progress;
        lock (_gate) { progress = _progress.Task; }
        return progress.WaitAsync(max, ct).ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
    }

    /// <summary>Waits for every queued update; when <paramref name="ct"/> fires first, aborts them (they stay unhandled and are redelivered).</summary>
    public async Task DrainAsync(CancellationToken ct)
    {
        Task[] tails;
        lock (_gate) { tails = [.. _chatTails.Values]; }
        try
        {
            await Task.WhenAll(tails).WaitAsync(ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            logger.LogWarning("Shutdown timeout: aborting {Count} update(s) in flight; they will be handled after restart", tails.Length);
            await _abort.CancelAsync();
            await Task.WhenAll(tails).WaitAsync(TimeSpan.FromSeconds(5), CancellationToken.None).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    /// <summary>Releases the concurrency gate.</summary>
    public void Dispose()
    {
        _slots.Dispose();
        _abort.Dispose();
    }

    private async Task RunAfterAsync(Task previous, Update update)
    {
        await previous.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        var handled = false;
        try
        {
            await _slots.WaitAsync(_abort.Token);
            try
            {
                await router.HandleAsync(update, _abort.Token);
            }
            finally
            {
                _slots.Release();
            }

            handled = true;
        }
        catch (OperationCanceledException) when (_abort.IsCancellationRequested)
        {
            // Shutdown cut it short: leave it unhandled so it is delivered again after restart.
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Update {UpdateId} ({Type}) failed; continuing with the next one", update.Id, update.Type);
            handled = true;
        }

        try
        {
            if (handled)
            {
                await ledger.MarkHandledAsync(update.Id, CancellationToken.None);
            }
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Could not record update {UpdateId} as handled", update.Id);
        }
        finally
        {
            TaskCompletionSource done;
            lock (_gate)
            {
                if (handled)
                {
                    // An aborted update stays "in flight" so the offset never moves past it before the restart.
                    _inFlight.Remove(update.Id);
                }

                done = _progress;
                _progress = new(TaskCreationOptions.RunContinuationsAsynchronously);
            }

            done.TrySetResult();
        }
    }

    private void Forget(long key, Task tail)
    {
        lock (_gate)
        {
            if (_chatTails.TryGetValue(key, out var current) && current == tail)
            {
                _chatTails.Remove(key);
            }
        }
    }

    private static long ChatKey(Update update)
        => update.Message?.Chat.Id
            ?? update.CallbackQuery?.Message?.Chat.Id
            ?? update.CallbackQuery?.From.Id
            ?? update.EditedMessage?.Chat.Id
            ?? update.ChannelPost?.Chat.Id
            ?? update.MyChatMember?.Chat.Id
            ?? 0;
}
