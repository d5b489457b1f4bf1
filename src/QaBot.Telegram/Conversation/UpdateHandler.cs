using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QaBot.Core;
using QaBot.Core.Answering;
using QaBot.Core.Answering.Queries;
using QaBot.Core.Articles;
using QaBot.Telegram.Corpus;
using QaBot.Telegram.Hosting;
using QaBot.Telegram.Rendering;
using QaBot.Telegram.Safety;
using QaBot.Telegram.Storage;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace QaBot.Telegram.Conversation;

/// <summary>
/// The bot's one update handler, top to bottom: read the update (an unreadable one is skipped), then a message is a
/// command, a question, or — from an admin — links or a file to add to the articles, and a button press shows a
/// source or records a vote. Whatever it sends goes through the
/// update's <see cref="Turn"/>, which records it so a crash never makes the bot answer twice. Stickers, group chatter,
/// edits and everything else are ignored.
/// </summary>
public sealed class UpdateHandler(
    Outbox outbox,
    BotStore store,
    AnswerService answers,
    BotStartup identity,
    AccessPolicy access,
    BotCorpus corpus,
    AdminIngest adding,
    IOptions<TelegramOptions> options,
    ILogger<UpdateHandler> logger) : IDisposable
{
    private const int LatestCount = 5;

    // Bounds the answers computed at once (retrieval and the model); sending and Telegram's retry_after waits take no slot.
    private readonly SemaphoreSlim _answerSlots = new(options.Value.MaxConcurrentAnswers);

    /// <summary>Handles one update from the inbox; it is recorded as handled (or skipped) when this returns.</summary>
    public async Task HandleAsync(InboxUpdate item, CancellationToken ct)
    {
        var turn = await outbox.BeginAsync(item, ct);
        if (Read(item) is not { } update)
        {
            await turn.SkipAsync("unreadable update");
            return;
        }

        switch (update)
        {
            case { Message: { } message }:
                await OnMessageAsync(message, turn, ct);
                break;
            case { CallbackQuery: { } query }:
                await OnButtonAsync(query, turn, ct);
                break;
        }

        if (!turn.Finished)
        {
            await turn.FinishAsync(null, ct); // nothing to say: ignored updates are handled too
        }
    }

    /// <summary>Disposes the answer slots.</summary>
    public void Dispose() => _answerSlots.Dispose();

    private async Task OnMessageAsync(Message message, Turn turn, CancellationToken ct)
    {
        if (message.From is not { IsBot: false } from)
        {
            return; // channel posts forwarded into groups, other bots, anonymous admins
        }

        var isPrivate = message.Chat.Type == ChatType.Private;
        if (message.Document is { } document && isPrivate)
        {
            var added = access.IsAllowed(from.Id, message.Chat.Id)
                ? await AddArticlesAsync(message, t => adding.IngestDocumentAsync(outbox.Bot, document, t), turn, ct)
                : Private(from.Id);
            await turn.FinishAsync(ReplyTo(message, added), ct);
            return;
        }

        if (message.Text is null)
        {
            if (isPrivate && message.Type is not (MessageType.PinnedMessage or MessageType.Unknown))
            {
                await turn.FinishAsync(ReplyTo(message, "I can only read text — please type your question."), ct);
            }

            return;
        }

        var command = IncomingCommand.Parse(message, identity.Username);
        var question = command is null
            ? isPrivate ? message.Text : GroupAddressing.QuestionFor(message, identity.Username, identity.BotId)
            : command is { Name: "ask", ForOtherBot: false } ? command.Arguments : null;
        if (command is { ForOtherBot: true } || (command is null && question is null))
        {
            return; // group chatter not addressed to us, or another bot's command
        }

        if (!access.IsAllowed(from.Id, message.Chat.Id))
        {
            await turn.FinishAsync(ReplyTo(message, Private(from.Id)), ct);
            return;
        }

        if (command is null && isPrivate && Links(message.Text) is { Count: > 0 } links)
        {
            await turn.FinishAsync(ReplyTo(message, await AddArticlesAsync(message, t => adding.IngestUrlsAsync(links, t), turn, ct)), ct);
            return;
        }

        if (question is not null && CatalogueQuestion.Is(question))
        {
            // "which articles do u have": no passage answers it; the list of them does.
            await turn.FinishAsync(ReplyTo(message, CommandReplies.Sources(await corpus.SummaryAsync(ct))), ct);
            return;
        }

        if (question is not null)
        {
            await AnswerAsync(message, question, turn, ct);
            return;
        }

        var reply = command!.Name switch
        {
            "start" => CommandReplies.Start(await corpus.SummaryAsync(ct), isPrivate),
            "help" => CommandReplies.Help(options.Value.MaxQuestionChars, access.IsAdmin(from.Id)),
            "sources" => CommandReplies.Sources(await corpus.SummaryAsync(ct)),
            "latest" => CommandReplies.Latest(await corpus.LatestAsync(LatestCount, ct)),
            "ingest" when Links(command.Arguments) is not { Count: > 0 } => "Give the address to add: <code>/ingest https://…</code> (a news feed or an article page).",
            "ingest" => await AddArticlesAsync(message, t => adding.IngestUrlsAsync(Links(command.Arguments), t), turn, ct),
            "reset" => await ResetAsync(message.Chat.Id, ct),
            "stats" or "reindex" when !access.IsAdmin(from.Id) => "Sorry, only the bot's admins can use that command.",
            "stats" => CommandReplies.Stats(await store.StatsAsync(ct), outbox.AmbiguousResends, await corpus.SummaryAsync(ct)),
            "reindex" => await ReindexAsync(message, turn, ct),
            _ when isPrivate => "I don't know that command — /help lists the ones I do.",
            _ => null,
        };
        await turn.FinishAsync(reply is null ? null : ReplyTo(message, reply), ct);
    }

    private async Task AnswerAsync(Message message, string text, Turn turn, CancellationToken ct)
    {
        var o = options.Value;
        var question = QuestionText.Clean(text);
        var refusal = question.Length == 0
            ? message.Chat.Type == ChatType.Private ? "Please type a question about the articles." : "Ask me like this: <code>/ask your question</code>"
            : question.Length > o.MaxQuestionChars
                ? string.Create(CultureInfo.InvariantCulture, $"That question is {question.Length} characters long; the limit is {o.MaxQuestionChars}. Please shorten it.")
                : !access.TryAsk(message.From!.Id, out var wait)
                    ? string.Create(CultureInfo.InvariantCulture, $"You are asking faster than I can keep up — please wait {Math.Ceiling(wait.TotalSeconds):0} s and ask again.")
                    : null;
        if (refusal is not null)
        {
            await turn.FinishAsync(ReplyTo(message, refusal), ct);
            return;
        }

        var asked = new Question(question, await store.HistoryAsync(message.Chat.Id, o.HistoryTurns, ct));
        var streamer = new AnswerStreamer(outbox.Bot, turn, message, TimeSpan.FromMilliseconds(o.StreamDraftIntervalMs),
            TimeSpan.FromMilliseconds(o.StreamEditIntervalMs), outbox.Time, logger);
        Answer answer;
        try
        {
            using var typing = turn.StartTyping(message.Chat.Id, ct);
            await _answerSlots.WaitAsync(ct);
            try
            {
                answer = await ProduceAsync(asked, streamer, ct);
            }
            finally
            {
                _answerSlots.Release();
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // A user-fixable problem (e.g. over Answering:MaxQuestionChars) says what and how; anything else is our fault.
            if (ex is not QaBotException)
            {
                logger.LogError(ex, "Answering failed in chat {ChatId}", message.Chat.Id);
            }

            var apology = ex is QaBotException ? char.ToUpperInvariant(ex.Message[0]) + ex.Message[1..] : "Sorry — something went wrong while answering. Please try again in a moment.";
            await turn.FinishAsync(ReplyTo(message, Html.Escape(apology)) with { Replace = streamer.PlaceholderMessageId }, ct);
            return;
        }

        var reply = ReplyTo(message, AnswerFormatter.Format(answer)) with { Replace = streamer.PlaceholderMessageId };
        await turn.FinishAnswerAsync(new NewAnswer(message.Chat.Id, message.From!.Id, message.MessageId, asked, answer), reply,
            answerId => AnswerKeyboard.For(answerId, answer.Citations), ct);
    }

    private async Task<Answer> ProduceAsync(Question question, AnswerStreamer streamer, CancellationToken ct)
    {
        await foreach (var update in answers.StreamAsync(question, ct))
        {
            if (update.Final is { } final)
            {
                return final;
            }

            await streamer.ShowAsync(update.TextSoFar, ct);
        }

        throw new InvalidOperationException("The answer stream ended without a final answer.");
    }

    private async Task OnButtonAsync(CallbackQuery query, Turn turn, CancellationToken ct)
    {
        var (button, refusal) = await CheckButtonAsync(query, ct);
        if (button is not { Answer: var answer })
        {
            await turn.AnswerButtonAsync(query.Id, refusal, ct);
            return;
        }

        if (button.Kind == 'f')
        {
            var up = button.Value == "up";
            await store.VoteAsync(answer.Id, query.From.Id, answer.ChatId, up, ct);
            await turn.AnswerButtonAsync(query.Id, up ? "Thanks! 👍 recorded." : "Thanks — 👎 recorded; it helps improve the answers.", ct);
            return;
        }

        var citation = answer.Citations.FirstOrDefault(c => c.N.ToString(CultureInfo.InvariantCulture) == button.Value);
        await turn.AnswerButtonAsync(query.Id, citation is null ? "That source is no longer available." : null, ct);
        if (citation is not null)
        {
            // Always into the chat the answer was given in, never wherever the callback claims to come from.
            await turn.FinishAsync(new Reply(answer.ChatId, AnswerFormatter.Passage(citation), query.Message!.MessageId), ct);
        }
    }

    /// <summary>
    /// The pressed button, or why it is not honoured. Callback data is chosen by the client, so it is checked here: the
    /// answer must exist, the button must sit under that very answer in its own chat, and only the asker may vote.
    /// </summary>
    private async Task<(PressedButton? Button, string? Refusal)> CheckButtonAsync(CallbackQuery query, CancellationToken ct)
    {
        if (!access.IsAllowed(query.From.Id, query.Message?.Chat.Id ?? query.From.Id))
        {
            return (null, "Sorry, this bot is private.");
        }

        if (!CallbackData.TryParse(query.Data, out var kind, out var answerId, out var value) || await store.FindAnswerAsync(answerId, ct) is not { } answer)
        {
            return (null, "This button has expired — ask the question again.");
        }

        if (query.Message is not { } shown || shown.Chat.Id != answer.ChatId || (answer.MessageId is { } sent && sent != shown.MessageId))
        {
            logger.LogWarning("Refused a button press by user {UserId}: its data points at answer {AnswerId} of another message", query.From.Id, answerId);
            return (null, "This button does not belong to this message.");
        }

        return kind == 'f' && query.From.Id != answer.UserId
            ? (null, "Only the person who asked can rate this answer — ask it yourself to rate your own.")
            : (new PressedButton(kind, value, answer), null);
    }

    /// <summary>Adds what an admin sent (links or a file), after a progress note; anyone else is told it is for admins.</summary>
    private async Task<string> AddArticlesAsync(Message message, Func<CancellationToken, Task<string>> ingest, Turn turn, CancellationToken ct)
    {
        if (!access.IsAdmin(message.From!.Id))
        {
            return "Only the bot's admins can add articles — but ask me anything about the ones I have.";
        }

        await turn.SendAsync("progress", message.Chat.Id, "Reading it…", message.MessageId, ct);
        try
        {
            return await ingest(ct);
        }
        catch (QaBotException ex)
        {
            return "⚠️ " + Html.Escape(ex.Message); // e.g. the store was built with another embedding model
        }
    }

    /// <summary>The web addresses of a message made only of them (anything else in it makes it a question).</summary>
    private static List<Uri> Links(string text)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var links = words.Select(w => ArticleIds.IsWebAddress(w, out var url) ? url : null).ToList();
        return words.Length > 0 && links.All(l => l is not null) ? [.. links.OfType<Uri>()] : [];
    }

    private static string Private(long userId) => string.Create(CultureInfo.InvariantCulture,
        $"Sorry, this bot is private. Ask its owner to add your user id <code>{userId}</code> to the allowlist.");

    private async Task<string> ResetAsync(long chatId, CancellationToken ct)
    {
        await store.ClearHistoryAsync(chatId, ct);
        return "Done — I forgot our conversation. Ask away.";
    }

    private async Task<string> ReindexAsync(Message message, Turn turn, CancellationToken ct)
    {
        await turn.SendAsync("progress", message.Chat.Id, "Re-indexing the articles…", message.MessageId, ct);
        return await corpus.ReindexAsync(ct);
    }

    private Update? Read(InboxUpdate item)
    {
        try
        {
            return JsonSerializer.Deserialize<Update>(item.Json, JsonBotAPI.Options) ?? throw new JsonException("null update");
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or NotSupportedException or ArgumentException or FormatException)
        {
            // A poison update: logged once, recorded as skipped, and the chat goes on with the next one.
            logger.LogWarning("Skipping update {UpdateId}: it cannot be read ({Error})", item.Id, ex.Message);
            return null;
        }
    }

    private static Reply ReplyTo(Message message, string html) => new(message.Chat.Id, html, message.MessageId);

    private sealed record PressedButton(char Kind, string Value, LoggedAnswer Answer);
}
