using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QaBot.Core;
using QaBot.Core.Ingestion;
using System.Text.Json;
using QaBot.Core.Answering;
using QaBot.Telegram.Storage;
using QaBot.Telegram.Conversation;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Requests;
using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;

namespace QaBot.Telegram.Hosting;

/// <summary>
/// Runs before updates are received: checks the token with getMe (a rejected token stops start-up with a one-line
/// error), ingests the articles into an empty store, registers the command menu, and switches Telegram to polling or
/// to our webhook.
/// </summary>
public sealed class BotStartup(
    ITelegramBotClient bot, ArticleIngestor ingestor, AnswerService answers, BotStore store, IOptions<TelegramOptions> options, ILogger<BotStartup> logger)
    : IHostedService
{
    private User? _me;

    /// <summary>The bot's username (without @), known after start.</summary>
    public string Username => _me?.Username ?? "";

    /// <summary>The bot's user id, known after start.</summary>
    public long BotId => _me?.Id ?? 0;

    /// <inheritdoc/>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // Answers are CPU work and SQLite calls block their thread: with only a thread per core, the short continuation
        // that records a sent message would queue behind them (hundreds of ms at start-up) — the window in which a crash
        // makes Telegram show the answer twice. More threads let the OS interleave them instead.
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, 64), Math.Max(io, 64));
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
        // person to ask does not wait for them; and run the answer and store paths once, so the backlog after a restart
        // is not answered by code still being compiled (which would also widen the gap between a send and its record).
        await answers.WarmUpAsync(cancellationToken); // not the model: a start must cost no model call
        await store.ProgressAsync(0, cancellationToken);
        await store.HistoryAsync(0, 1, cancellationToken);
        await store.MarkSendingAsync(0, "warm-up", resend: false, cancellationToken);
        await WarmUpClientAsync(cancellationToken);

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

    // The first sendMessage builds the serializers of its request and of Message (a large type graph): done here once
    // rather than by every answer of the backlog at once, each waiting for it with its answer already at Telegram.
    private static async Task WarmUpClientAsync(CancellationToken ct)
    {
        _ = JsonSerializer.Deserialize<Update>(WarmUpUpdate, JsonBotAPI.Options);
        _ = JsonSerializer.Deserialize<ApiResponse<Message>>($$"""{"ok":true,"result":{{WarmUpMessage}}}""", JsonBotAPI.Options);
        var request = new SendMessageRequest
        {
            ChatId = 1,
            Text = "warm-up",
            ParseMode = global::Telegram.Bot.Types.Enums.ParseMode.Html,
            ReplyParameters = new ReplyParameters { MessageId = 1, AllowSendingWithoutReply = true },
            ReplyMarkup = new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("a", "b")),
            LinkPreviewOptions = new LinkPreviewOptions { IsDisabled = true },
        };
        using var content = request.ToHttpContent();
        if (content is not null)
        {
            await content.ReadAsStringAsync(ct);
        }
    }

    private const string WarmUpMessage = """
        {"message_id":1,"date":0,"chat":{"id":1,"type":"private"},"from":{"id":1,"is_bot":true,"first_name":"a"},"text":"a","reply_markup":{"inline_keyboard":[[{"text":"a","callback_data":"b"}]]}}
        """;

    private const string WarmUpUpdate = """
        {"update_id":0,"message":{"message_id":1,"date":0,"chat":{"id":1,"type":"private"},"from":{"id":1,"is_bot":false,"first_name":"a"},"text":"/start","entities":[{"type":"bot_command","offset":0,"length":6}],"reply_markup":{"inline_keyboard":[[{"text":"a","callback_data":"b"}]]}}}
        """;

    /// <inheritdoc/>
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
