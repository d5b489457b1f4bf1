using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QaBot.Telegram.Api;
using QaBot.Telegram.Storage;
using Telegram.Bot;

namespace QaBot.Telegram.Conversation;

/// <summary>Starts the <see cref="Turn"/> of each update: what it sends goes through here and is recorded in the <see cref="BotStore"/>.</summary>
public sealed class Outbox(
    ITelegramBotClient bot, BotStore store, MessageSender sender, IOptions<TelegramOptions> options, TimeProvider time, ILogger<Outbox> logger)
{
    /// <summary>The Bot API client (for typing, drafts and callback answers, which are not recorded).</summary>
    public ITelegramBotClient Bot => bot;

    /// <summary>Sends retried after they may already have reached Telegram, since start.</summary>
    public long AmbiguousResends => (bot as ResilientBotClient)?.AmbiguousResends ?? 0;

    /// <summary>The turn of <paramref name="update"/>, knowing what an earlier attempt at it already sent.</summary>
    public async Task<Turn> BeginAsync(InboxUpdate update, CancellationToken ct)
        => new(update.Id, await store.ProgressAsync(update.Id, ct), this, time.GetTimestamp());

    internal BotStore Store => store;

    internal MessageSender Sender => sender;

    internal TelegramOptions Options => options.Value;

    internal TimeProvider Time => time;

    internal ILogger Logger => logger;
}
