using Microsoft.Extensions.Time.Testing;
using QaBot.Core.Ingestion;

namespace QaBot.Tests.Ingestion;

public sealed class FolderChangesTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("qabot-watch-").FullName;
    private readonly FakeTimeProvider _time = new();

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void ChangesAreReadyOnlyOnceTheFolderHasBeenQuietForTheDebounceTime()
    {
        using var changes = new FolderChanges(_root, TimeSpan.FromSeconds(2), _time);
        var file = Write("a.txt");

        changes.Changed(file);
        _time.Advance(TimeSpan.FromSeconds(1.5));
        changes.Changed(file);

        Assert.Equal(_time.GetUtcNow() + TimeSpan.FromSeconds(2), changes.ReadyAt);
        var (changed, removed) = changes.Take();
        Assert.Equal([file], changed);
        Assert.Empty(removed);
        Assert.Null(changes.ReadyAt);
    }

    [Fact]
    public void ARemovedFileIsNoLongerChangedAndARecreatedOneIsNoLongerRemoved()
    {
        using var changes = new FolderChanges(_root, TimeSpan.Zero, _time);
        var kept = Write("kept.txt");
        var gone = Path.Combine(_root, "gone.txt");

        changes.Changed(gone);
        changes.Removed(gone);
        changes.Removed(kept);
        changes.Changed(kept);

        var (changed, removed) = changes.Take();
        Assert.Equal([kept], changed);
        Assert.Equal([gone], removed);
    }

    [Fact]
    public void AFolderMovedInCountsAsEveryFileInIt()
    {
        using var changes = new FolderChanges(_root, TimeSpan.Zero, _time);
        var one = Write("batch/one.txt");
        var two = Write("batch/deep/two.md");

        changes.Changed(Path.Combine(_root, "batch"));

        Assert.Equal([two, one], changes.Take().Changed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AMissingFolderCannotBeWatchedYet()
    {
        using var changes = new FolderChanges(Path.Combine(_root, "later"), TimeSpan.Zero, _time);

        Assert.False(changes.Start());
        Directory.CreateDirectory(Path.Combine(_root, "later"));
        Assert.True(changes.Start());
        Assert.True(changes.IsWatching);
    }

    private string Write(string relative)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "Some text.");
        return path;
    }
}
