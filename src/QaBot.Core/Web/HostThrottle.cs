using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using QaBot.Core.Ingestion;

namespace QaBot.Core.Web;

/// <summary>
/// Politeness: requests to one host are spaced at least <see cref="IngestionOptions.PerHostDelayMs"/> apart, however
/// many callers ask at once (each caller reserves the next free slot); other hosts are not held up.
/// </summary>
public sealed class HostThrottle(IOptions<IngestionOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _next = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _gate = new();

    /// <summary>Waits until a request to <paramref name="host"/> may be sent.</summary>
    public Task WaitTurnAsync(string host, CancellationToken ct)
    {
        var delay = TimeSpan.FromMilliseconds(options.Value.PerHostDelayMs);
        if (delay <= TimeSpan.Zero)
        {
            return Task.CompletedTask;
        }

        TimeSpan wait;
        lock (_gate)
        {
            var now = time.GetUtcNow();
            var slot = _next.TryGetValue(host, out var next) && next > now ? next : now;
            _next[host] = slot + delay;
            wait = slot - now;
        }

        return wait <= TimeSpan.Zero ? Task.CompletedTask : Task.Delay(wait, time, ct);
    }
}
