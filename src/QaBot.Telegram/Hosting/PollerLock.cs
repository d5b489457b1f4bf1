using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using QaBot.Core.Store;

namespace QaBot.Telegram.Hosting;

/// <summary>
/// Long polling must have one poller per bot (Telegram hands each update to whichever getUpdates call comes first, and
/// two pollers confirm each other's offsets). With the store in PostgreSQL, <c>qabot serve</c> in polling mode takes an
/// advisory lock named after the bot; a second poller is refused with a message saying what to do instead.
/// Webhook mode, where replicas share the work, takes no lock.
/// </summary>
public static class PollerLock
{
    /// <summary>The held lock (dispose to release), or null when nothing needs locking (SQLite store or webhook mode).</summary>
    /// <exception cref="StoreException">Another process is already polling this bot against the same database.</exception>
    public static async Task<IAsyncDisposable?> AcquireAsync(IServiceProvider services, IConfiguration configuration, CancellationToken ct)
    {
        if (string.Equals(configuration["Telegram:Mode"], "Webhook", StringComparison.OrdinalIgnoreCase)
            || services.GetRequiredService<QaBotVectorStore>() is not PostgresVectorStore store)
        {
            return null;
        }

        // The bot's numeric id (the token's part before ':') names the lock; the secret part never leaves the process.
        var bot = (configuration["Telegram:BotToken"] ?? "").Split(':')[0];
        return await store.TryLockAsync("telegram-polling." + bot, ct)
            ?? throw new StoreException(
                $"another `qabot serve` is already polling bot {bot} with the store in {store.Location}; Telegram gives each " +
                "update to one getUpdates caller, so run a single poller, or set Telegram:Mode=Webhook to run replicas behind a load balancer.");
    }
}
