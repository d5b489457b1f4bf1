using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QaBot.Core;
using QaBot.Telegram.Conversation;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace QaBot.Telegram.Hosting;

/// <summary>
/// Runs before updates are received: checks the token with getMe (a rejected token stops start-up with a one-line
/// error), registers the command menu, and switches Telegram to polling or to our webhook.
/// </summary>
public sealed class BotStartup(ITelegramBotClient bot, IOptions<TelegramOptions> options, ILogger<BotStartup> logger) : IHostedService
{
    private User? _me;

    /// <summary>The bot's username (without @), known after start.</summary>
    public string Username => _me?.Username ?? "";

    /// <summary>The bot's user id, known after start.</summary>
    public long BotId => _me?.Id ?? 0;

    /// <inheritdoc/>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            _me = await bot.GetMe(cancellationToken);
        }
        catch (ApiRequestException ex) when (ex.ErrorCode is 401 or 404)
        {
            throw new QaBotException($"Telegram rejected the bot token ({ex.ErrorCode} {ex.Message}): check Telegram:BotToken (env Telegram__BotToken); get a token from @BotFather.", ex);
        }

        await bot.SetMyCommands(BotCommands.Menu, cancellationToken: cancellationToken);
        var o = options.Value;
        if (o.Mode == BotMode.Webhook)
        {
            await bot.SetWebhook(o.WebhookUrl!, secretToken: o.WebhookSecret, allowedUpdates: BotCommands.AllowedUpdates,
                dropPendingUpdates: false, cancellationToken: cancellationToken);
        }
        else
        {
            await bot.DeleteWebhook(dropPendingUpdates: false, cancellationToken);
        }

        logger.LogInformation("Telegram bot @{Username} ({Mode}) ready", Username, o.Mode);
    }

    /// <inheritdoc/>
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
