using Microsoft.Extensions.Options;

namespace QaBot.Telegram.Safety;

/// <summary>
/// A token bucket per user: up to <see cref="RateLimitOptions.Capacity"/> questions in a burst, refilled at
/// <see cref="RateLimitOptions.RefillPerMinute"/>. When empty, says how long until the next question is allowed.
/// </summary>
public sealed class RateLimiter(IOptions<TelegramOptions> options, TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<long, (double Tokens, long At)> _buckets = [];

    /// <summary>Takes one token for <paramref name="userId"/>; when none is left, <paramref name="retryAfter"/> is the wait.</summary>
    public bool TryTake(long userId, out TimeSpan retryAfter)
    {
        var limit = options.Value.RateLimit;
        var perSecond = limit.RefillPerMinute / 60.0;
        var now = time.GetTimestamp();
        lock (_gate)
        {
            var (tokens, at) = _buckets.GetValueOrDefault(userId, (limit.Capacity, now));
            tokens = Math.Min(limit.Capacity, tokens + time.GetElapsedTime(at, now).TotalSeconds * perSecond);
            if (tokens >= 1)
            {
                _buckets[userId] = (tokens - 1, now);
                retryAfter = TimeSpan.Zero;
                return true;
            }

            _buckets[userId] = (tokens, now);
            retryAfter = TimeSpan.FromSeconds((1 - tokens) / perSecond);
            if (_buckets.Count > 10_000)
            {
                Prune(limit.Capacity, perSecond, now);
            }

            return false;
        }
    }

    private void Prune(int capacity, double perSecond, long now)
    {
        // Users whose bucket is full again need no entry.
        foreach (var (user, (tokens, at)) in _buckets.ToList())
        {
            if (tokens + time.GetElapsedTime(at, now).TotalSeconds * perSecond >= capacity)
            {
                _buckets.Remove(user);
            }
        }
    }
}
