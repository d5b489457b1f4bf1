namespace QaBot.Core.Store;

/// <summary>
/// Keeps one collection's <see cref="VectorIndex"/> in step with the SQLite file. Every committed write bumps the
/// collection's version in the <c>collections</c> table; writes made through this process hand their changes over
/// after commit (<see cref="Apply"/>), so the index is patched in place. Before each search the version on disk is
/// compared; if another store instance or process wrote in between, the index is reloaded from SQLite.
/// </summary>
internal sealed class VectorIndexCache : IDisposable
{
    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);
    private VectorIndex? _index;
    private long _version = long.MinValue;

    /// <summary>Serialises full reloads so concurrent searches do not each read every vector.</summary>
    public SemaphoreSlim LoadLock { get; } = new(1, 1);

    public bool IsCurrent(long version)
    {
        _lock.EnterReadLock();
        try
        {
            return _index is not null && _version == version;
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>Installs a freshly loaded index unless a newer state is already here.</summary>
    public void Install(VectorIndex index, long version)
    {
        _lock.EnterWriteLock();
        try
        {
            if (_index is null || _version != version)
            {
                _index = index;
                _version = version;
            }
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>
    /// Applies a committed write that moved the collection from <c>newVersion - 1</c> to <paramref name="newVersion"/>.
    /// If the index is not exactly at the previous version it is left alone: the next search sees the version
    /// differ and reloads.
    /// </summary>
    public void Apply(long newVersion, IReadOnlyList<(string Key, float[]? Vector)> changes)
    {
        _lock.EnterWriteLock();
        try
        {
            if (_index is null || _version != newVersion - 1)
            {
                return;
            }

            foreach (var (key, vector) in changes)
            {
                if (vector is null)
                {
                    _index.Remove(key);
                }
                else
                {
                    _index.Upsert(key, vector);
                }
            }

            _version = newVersion;
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    public void Reset()
    {
        _lock.EnterWriteLock();
        try
        {
            _index = null;
            _version = long.MinValue;
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>Searches the current index under a read lock (many searches run at once; writers wait).</summary>
    public IReadOnlyList<(string Key, float Score)> Search(ReadOnlySpan<float> query, int top, IEnumerable<string>? onlyKeys)
    {
        _lock.EnterReadLock();
        try
        {
            return _index?.Search(query, top, onlyKeys) ?? [];
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    public int Count
    {
        get
        {
            _lock.EnterReadLock();
            try
            {
                return _index?.Count ?? 0;
            }
            finally
            {
                _lock.ExitReadLock();
            }
        }
    }

    public void Dispose()
    {
        _lock.Dispose();
        LoadLock.Dispose();
    }
}
