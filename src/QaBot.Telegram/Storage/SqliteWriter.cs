using Microsoft.Data.Sqlite;

namespace QaBot.Telegram.Storage;

/// <summary>
/// All of the bot's SQLite writes, on one dedicated thread and one connection: one transaction at a time, in order of
/// arrival — except that urgent ones (recording a message Telegram already accepted) go ahead of those still waiting.
/// SQLite admits one writer anyway; queuing here keeps writers out of its busy handler (which sleeps in steps of up to
/// 100 ms), and a thread of its own commits a record the moment the write before it is done, even while every
/// thread-pool thread is busy answering — the gap between a send and its record stays a millisecond or two.
/// </summary>
internal sealed class SqliteWriter : IDisposable
{
    private readonly Func<SqliteConnection> _open;
    private readonly object _gate = new();
    private readonly Queue<Job> _urgent = new();
    private readonly Queue<Job> _normal = new();
    private readonly Thread _thread;
    private SqliteConnection? _connection;
    private bool _stopping;

    /// <summary>Starts the writer thread; <paramref name="open"/> opens the connection (once, and again after a failed write).</summary>
    public SqliteWriter(Func<SqliteConnection> open)
    {
        _open = open;
        _thread = new Thread(Run) { IsBackground = true, Name = "QaBot bot-store writer" };
        _thread.Start();
    }

    /// <summary>Runs <paramref name="work"/> in a transaction on the writer thread and commits it.</summary>
    public Task<T> RunAsync<T>(bool urgent, Func<SqliteConnection, SqliteTransaction, T> work, CancellationToken ct)
    {
        var job = new Job<T>(work, ct);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_stopping, this);
            (urgent ? _urgent : _normal).Enqueue(job);
            Monitor.Pulse(_gate);
        }

        return job.Task;
    }

    /// <summary>Finishes the writes already queued, then stops the thread and closes the connection.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _stopping = true;
            Monitor.Pulse(_gate);
        }

        _thread.Join(TimeSpan.FromSeconds(10));
    }

    private void Run()
    {
        while (true)
        {
            Job? job;
            lock (_gate)
            {
                while (_urgent.Count == 0 && _normal.Count == 0 && !_stopping)
                {
                    Monitor.Wait(_gate);
                }

                job = _urgent.Count > 0 ? _urgent.Dequeue() : _normal.Count > 0 ? _normal.Dequeue() : null;
            }

            if (job is null)
            {
                _connection?.Dispose();
                return;
            }

            try
            {
                _connection ??= _open();
                job.Execute(_connection);
            }
            catch (Exception ex)
            {
                // A failed write may leave the connection in a bad state: start afresh with the next one.
                job.Fail(ex);
                _connection?.Dispose();
                _connection = null;
            }
        }
    }

    private abstract class Job
    {
        public abstract void Execute(SqliteConnection connection);

        public abstract void Fail(Exception ex);
    }

    private sealed class Job<T>(Func<SqliteConnection, SqliteTransaction, T> work, CancellationToken ct) : Job
    {
        // Callers continue on the thread pool, never on the writer thread.
        private readonly TaskCompletionSource<T> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<T> Task => _done.Task;

        public override void Execute(SqliteConnection connection)
        {
            if (ct.IsCancellationRequested)
            {
                _done.TrySetCanceled(ct);
                return;
            }

            using var transaction = connection.BeginTransaction();
            var result = work(connection, transaction);
            transaction.Commit();
            _done.TrySetResult(result);
        }

        public override void Fail(Exception ex) => _done.TrySetException(ex);
    }
}
