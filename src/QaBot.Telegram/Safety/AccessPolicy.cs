using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace QaBot.Telegram.Safety;

/// <summary>
/// Who may talk to the bot, and how often they may ask. With both allowlists empty everyone may; otherwise a user is
/// let in when their id is in <see cref="TelegramOptions.AllowedUserIds"/> or the chat's id is in
/// <see cref="TelegramOptions.AllowedChatIds"/>. Admins are always allowed and alone may run /stats and /reindex.
/// Questions are limited per user by a token bucket (System.Threading.RateLimiting, one bucket per user).
/// </summary>
public sealed class AccessPolicy(IOptions<TelegramOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<long> _questions = PartitionedRateLimiter.Create<long, long>(
        user => RateLimitPartition.GetTokenBucketLimiter(user, _ => BucketFor(options.Value.RateLimit)));

    /// <summary>Whether <paramref name="userId"/> may use the bot in <paramref name="chatId"/>.</summary>
    public bool IsAllowed(long userId, long chatId)
    {
        var o = options.Value;
        return (o.AllowedUserIds.Length == 0 && o.AllowedChatIds.Length == 0)
            || o.AllowedUserIds.Contains(userId)
            || o.AllowedChatIds.Contains(chatId)
            || o.AdminUserIds.Contains(userId);
    }

    /// <summary>Whether <paramref name="userId"/> is an admin.</summary>
    public bool IsAdmin(long userId) => options.Value.AdminUserIds.Contains(userId);

    /// <summary>Takes one question from the user's bucket; when it is empty, <paramref name="retryAfter"/> says how long to wait.</summary>
    public bool TryAsk(long userId, out TimeSpan retryAfter)
    {
        using var lease = _questions.AttemptAcquire(userId);
        retryAfter = lease.IsAcquired ? TimeSpan.Zero
            : lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait
            : TimeSpan.FromMinutes(1 / options.Value.RateLimit.RefillPerMinute);
        return lease.IsAcquired;
    }

    /// <summary>Releases the buckets.</summary>
    public void Dispose() => _questions.Dispose();

    /// <summary>
    /// <see cref="RateLimitOptions.Capacity"/> tokens, refilled continuously at <see cref="RateLimitOptions.RefillPerMinute"/>
    /// (the partitioned limiter tops the buckets up every 100 ms).
    /// </summary>
    public static TokenBucketRateLimiterOptions BucketFor(RateLimitOptions limit)
    {
        // One token per period when a token takes at least a second to come back, else the tokens of one second.
        var perSecond = limit.RefillPerMinute / 60;
        var (tokens, period) = perSecond <= 1 ? (1, TimeSpan.FromSeconds(1 / perSecond)) : ((int)Math.Round(perSecond), TimeSpan.FromSeconds(1));
        return new TokenBucketRateLimiterOptions
        {
            TokenLimit = limit.Capacity,
            TokensPerPeriod = tokens,
            ReplenishmentPeriod = period,
            AutoReplenishment = false,
            QueueLimit = 0,
        };
    }
}
