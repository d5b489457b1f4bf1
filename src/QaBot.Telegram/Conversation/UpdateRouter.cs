using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QaBot.Core.Store;
using QaBot.Telegram.Corpus;
using QaBot.Telegram.Feedback;
using QaBot.Telegram.Hosting;
using QaBot.Telegram.Rendering;
using QaBot.Telegram.Safety;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace QaBot.Telegram.Conversation;

/// <summary>
/// The one update handler: commands, questions (private text, or in groups a mention / reply / /ask), button
/// presses. Everything else — stickers in groups, edits, channel posts, members joining — is ignored safely.
/// </summary>
public sealed class UpdateRouter(
    ITelegramBotClient bot,
    BotStartup identity,
    AccessPolicy access,
    QuestionResponder questions,
    CallbackResponder callbacks,
    ChatHistoryStore history,
    AnswerLog log,
    ArticleCatalog catalog,
    Reindexer reindexer,
    ReplySender sender,
    IOptions<TelegramOptions> options,
    ILogger<UpdateRouter> logger)
{
    /// <summary>Handles one update.</summary>
    public async Task HandleAsync(Update update, CancellationToken ct)
    {
        switch (update)
        {
            case { Message: { } message }:
                await OnMessageAsync(message, ct);
                break;
            case { CallbackQuery: { } query }:
                await OnCallbackAsync(query, ct);
                break;
            default:
                logger.LogDebug("Ignoring update {UpdateId} of type {Type}", update.Id, update.Type);
                break;
        }
    }

    private async Task OnMessageAsync(Message message, CancellationToken ct)
    {
        if (message.From is not { IsBot: false } from)
        {
            return; // channel posts forwarded into groups, other bots, anonymous senders
        }

        var isPrivate = message.Chat.Type == ChatType.Private;
        if (message.Text is null)
        {
            if (isPrivate && message.Type is not (MessageType.PinnedMessage or MessageType.Unknown))
            {
                await ReplyAsync(message, "I can only read text — please type your question.", ct);
            }

            return;
        }

        var command = IncomingCommand.Parse(message, identity.Username);
        if (command is { ForOtherBot: true })
        {
            return;
        }

        var question = command is null
            ? isPrivate ? message.Text : GroupAddressing.QuestionFor(message, identity.Username, identity.BotId)
            : null;
        if (command is null && question is null)
        {
            return; // group chatter not addressed to us
        }

        if (!access.IsAllowed(from.Id, message.Chat.Id))
        {
            await ReplyAsync(message, string.Create(CultureInfo.InvariantCulture,
                $"Sorry, this bot is private. Ask its owner to add your user id <code>{from.Id}</code> to the allowlist."), ct);
            return;
        }

        if (command is null)
        {
            await questions.AnswerAsync(message, question!, ct);
            return;
        }

        await OnCommandAsync(message, command, isPrivate, ct);
    }

    private async Task OnCommandAsync(Message message, IncomingCommand command, bool isPrivate, CancellationToken ct)
    {
        switch (command.Name)
        {
            case "start":
                await ReplyAsync(message, CommandReplies.Start(await CorpusAsync(ct), isPrivate), ct);
                break;
            case "help":
                await ReplyAsync(message, CommandReplies.Help(options.Value.MaxQuestionChars), ct);
                break;
            case "sources":
                await ReplyAsync(message, CommandReplies.Sources(await CorpusAsync(ct)), ct);
                break;
            case "reset":
                await history.ClearAsync(message.Chat.Id, ct);
                await ReplyAsync(message, "Done — I forgot our conversation. Ask away.", ct);
                break;
            case "ask":
                await questions.AnswerAsync(message, command.Arguments, ct);
                break;
            case "stats" or "reindex" when !access.IsAdmin(message.From!.Id):
                await ReplyAsync(message, "Sorry, only the bot's admins can use that command.", ct);
                break;
            case "stats":
                await ReplyAsync(message, CommandReplies.Stats(await log.StatsAsync(ct), await CorpusAsync(ct)), ct);
                break;
            case "reindex":
                await ReplyAsync(message, "Re-indexing the articles…", ct);
                await ReplyAsync(message, await reindexer.RunAsync(ct), ct);
                break;
            default:
                if (isPrivate)
                {
                    await ReplyAsync(message, "I don't know that command — /help lists the ones I do.", ct);
                }

                break;
        }
    }

    private async Task OnCallbackAsync(CallbackQuery query, CancellationToken ct)
    {
        if (!access.IsAllowed(query.From.Id, query.Message?.Chat.Id ?? query.From.Id))
        {
            await bot.AnswerCallbackQuery(query.Id, "Sorry, this bot is private.", cancellationToken: ct);
            return;
        }

        await callbacks.HandleAsync(query, ct);
    }

    private async Task<CorpusSummary> CorpusAsync(CancellationToken ct) => new(await catalog.ListAsync(ct));

    private Task ReplyAsync(Message message, string html, CancellationToken ct)
        => sender.SendAsync(message.Chat.Id, html, message.MessageId, null, ct);
}
