namespace QaBot.Core.Ingestion;

/// <summary>
/// The file events under a watched folder (FileSystemWatcher), collected as paths changed and paths removed, coalesced
/// (a file written in ten steps is one change), and <see cref="ReadyAt">ready</see> once the folder has been quiet for
/// the debounce time. A lost-events overflow asks for a full rescan instead.
/// </summary>
public sealed class FolderChanges(string root, TimeSpan quiet, TimeProvider time) : IDisposable
{
    private readonly Lock _gate = new();
    private readonly HashSet<string> _changed = new(StringComparer.Ordinal);
    private readonly HashSet<string> _removed = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _signal = new(0, 1);
    private FileSystemWatcher? _watcher;
    private DateTimeOffset _lastEvent;

    /// <summary>The watched folder (full path).</summary>
    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>True while the operating system reports events for <see cref="Root"/>.</summary>
    public bool IsWatching => _watcher is not null;

    /// <summary>Events were lost (the watcher's buffer overflowed): the folder must be rescanned.</summary>
    public bool RescanNeeded { get; private set; }

    /// <summary>When the pending changes may be ingested (quiet time after the last event); null when none are pending.</summary>
    public DateTimeOffset? ReadyAt
    {
        get
        {
            lock (_gate)
            {
                return _changed.Count + _removed.Count == 0 ? null : _lastEvent + quiet;
            }
        }
    }

    /// <summary>Starts watching; false when the folder does not exist (yet).</summary>
    public bool Start()
    {
        if (_watcher is not null)
        {
            return true;
        }

        if (!Directory.Exists(Root))
        {
            return false;
        }

        var watcher = new FileSystemWatcher(Root)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            InternalBufferSize = 64 * 1024,
        };
        watcher.Created += (_, e) => Changed(e.FullPath);
        watcher.Changed += (_, e) => Changed(e.FullPath);
        watcher.Deleted += (_, e) => Removed(e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            Removed(e.OldFullPath);
            Changed(e.FullPath);
        };
        watcher.Error += (_, _) =>
        {
            RescanNeeded = true;
            Signal();
        };
        watcher.EnableRaisingEvents = true;
        _watcher = watcher;
        return true;
    }

    /// <summary>Records that <paramref name="path"/> (a file, or a folder moved in: all its files) was created or changed.</summary>
    public void Changed(string path)
    {
        var files = Directory.Exists(path) ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).ToList() : [path];
        lock (_gate)
        {
            foreach (var file in files)
            {
                _removed.Remove(file);
                _changed.Add(file);
            }

            _lastEvent = time.GetUtcNow();
        }

        Signal();
    }

    /// <summary>Records that <paramref name="path"/> (a file or a folder) was deleted or moved away.</summary>
    public void Removed(string path)
    {
        lock (_gate)
        {
            _changed.RemoveWhere(p => p == path || p.StartsWith(path + Path.DirectorySeparatorChar, StringComparison.Ordinal));
            _removed.Add(path);
            _lastEvent = time.GetUtcNow();
        }

        Signal();
    }

    /// <summary>Takes the pending changes (and clears the rescan request).</summary>
    public (IReadOnlyList<string> Changed, IReadOnlyList<string> Removed) Take()
    {
        lock (_gate)
        {
            var taken = ((IReadOnlyList<string>)[.. _changed.Where(File.Exists)], (IReadOnlyList<string>)[.. _removed]);
            _changed.Clear();
            _removed.Clear();
            RescanNeeded = false;
            return taken;
        }
    }

    /// <summary>Completes at the next event (or at once if one came since the last wait).</summary>
    public Task WaitForEventAsync(CancellationToken ct) => _signal.WaitAsync(ct);

    /// <inheritdoc/>
    public void Dispose()
    {
        _watcher?.Dispose();
        _signal.Dispose();
    }

    private void Signal()
    {
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // One pending wake-up is enough.
        }
        catch (ObjectDisposedException)
        {
            // An event raced the shutdown.
        }
    }
}
