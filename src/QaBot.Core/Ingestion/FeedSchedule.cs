namespace QaBot.Core.Ingestion;

/// <summary>
/// When each followed feed is polled next: every poll interval after a success; after a failure sooner at first, then
/// backing off — 1 minute (or the interval, if shorter), doubling with each further failure, at most 6 hours (or the
/// interval, if longer) — so a feed that is down costs little and one that is back is picked up soon.
/// </summary>
public sealed class FeedSchedule
{
    /// <summary>The longest wait after repeated failures (unless the poll interval is longer).</summary>
    public static readonly TimeSpan MaxBackoff = TimeSpan.FromHours(6);

    private readonly Dictionary<Uri, (DateTimeOffset Next, int Failures)> _feeds = [];
    private readonly TimeSpan _interval;
    private readonly TimeProvider _time;

    /// <summary>Every feed is due at once.</summary>
    public FeedSchedule(IEnumerable<Uri> feeds, TimeSpan interval, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(feeds);
        ArgumentNullException.ThrowIfNull(time);
        (_interval, _time) = (interval, time);
        foreach (var feed in feeds)
        {
            _feeds[feed] = (time.GetUtcNow(), 0);
        }
    }

    /// <summary>When the next feed is due; null when no feed is followed.</summary>
    public DateTimeOffset? NextDue => _feeds.Count == 0 ? null : _feeds.Values.Min(f => f.Next);

    /// <summary>The feeds due now.</summary>
    public IReadOnlyList<Uri> Due()
    {
        var now = _time.GetUtcNow();
        return [.. _feeds.Where(f => f.Value.Next <= now).Select(f => f.Key)];
    }

    /// <summary>Records a successful poll that started at <paramref name="started"/>; the feed is next due one interval later.</summary>
    public void Succeeded(Uri feed, DateTimeOffset started) => _feeds[feed] = (started + _interval, 0);

    /// <summary>Records a failed poll that started at <paramref name="started"/> and returns how long until the retry.</summary>
    public TimeSpan Failed(Uri feed, DateTimeOffset started)
    {
        var failures = _feeds.TryGetValue(feed, out var state) ? state.Failures + 1 : 1;
        var first = _interval < TimeSpan.FromMinutes(1) ? _interval : TimeSpan.FromMinutes(1);
        var cap = _interval > MaxBackoff ? _interval : MaxBackoff;
        var delay = TimeSpan.FromTicks((long)Math.Min(cap.Ticks, first.Ticks * Math.Pow(2, Math.Min(failures - 1, 30))));
        _feeds[feed] = (started + delay, failures);
        return delay;
    }
}
