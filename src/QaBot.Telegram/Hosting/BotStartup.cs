using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QaBot.Core;
using QaBot.Core.Ingestion;
using QaBot.Core.Retrieval;
using QaBot.Telegram.Conversation;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace QaBot.Telegram.Hosting;

/// <summary>
/// Runs before updates are received: checks the token with getMe (a rejected token stops start-up with a one-line
/// error), ingests the articles into an empty store, registers the command menu, and switches Telegram to polling or
/// to our webhook.
/// </summary>
public sealed class BotStartup(
    ITelegramBotClient bot, ArticleIngestor ingestor, HybridRetriever retriever, IOptions<TelegramOptions> options, ILogger<BotStartup> logger) : IHostedService
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
        catch (RequestException ex) when (ex is not ApiRequestException)
        {
            throw new QaBotException($"cannot reach the Telegram Bot API at {options.Value.ApiBaseUrl} ({ex.InnerException?.Message ?? ex.Message}): check the network or Telegram:ApiBaseUrl.", ex);
        }

        // A fresh store gets the configured articles before the first /start, not during someone's question.
        if (await ingestor.EnsureCorpusAsync(cancellationToken) is { } report)
        {
            logger.LogInformation("Ingested the articles: {Summary}", report.Summary);
        }

        // Load the word vectors and the in-memory vector index now (about a second at 100k chunks), so the first
        // person to ask does not wait for them.
        await retriever.RetrieveAsync("latest news", cancellationToken);

        await bot.SetMyCommands(BotCommands.Menu, cancellationToken: cancellationToken);
        var o = options.Value;
        if (o.Mode == BotMode.Webhook)
        {
            try
            {
                await bot.SetWebhook(o.WebhookUrl!, secretToken: o.WebhookSecret, allowedUpdates: BotCommands.AllowedUpdates,
                    dropPendingUpdates: false, cancellationToken: cancellationToken);
            }
            catch (ApiRequestException ex)
            {
                throw new QaBotException($"Telegram rejected the webhook {o.WebhookUrl} ({ex.ErrorCode} {ex.Message}): check Telegram:WebhookUrl — a public https URL on port 443, 80, 88 or 8443 with a valid certificate.", ex);
            }
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
