using System.Globalization;
using Microsoft.Extensions.Logging;
using QaBot.Telegram.Rendering;
using QaBot.Telegram.Storage;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.ReplyMarkups;

namespace QaBot.Telegram.Conversation;

/// <summary>A reply: HTML for <see cref="ChatId"/>, as an answer to <see cref="ReplyTo"/>, or replacing the bot's message <see cref="Replace"/>.</summary>
public sealed record Reply(long ChatId, string Html, int? ReplyTo = null, InlineKeyboardMarkup? Keyboard = null, int? Replace = null);

/// <summary>
/// The bot's side of one update, so that it is answered once even across crashes. Every message has a step name;
/// before a send the step is marked as being sent, and right after Telegram accepts it the message id is recorded —
/// the final one in the same transaction that marks the update handled (<see cref="BotStore.CompleteAsync"/>).
/// A retried update skips the steps already recorded. The one case nothing can make safe — stopped after Telegram
/// stored a message but before it was recorded — is sent again, logged and counted (<see cref="BotStats.PossibleDuplicates"/>)
/// before the send, so a run stopped again right after the resend has still counted it.
/// </summary>
public sealed class Turn(int updateId, UpdateProgress progress, Outbox outbox, long startedAt)
{
    /// <summary>The update this turn answers.</summary>
    public int UpdateId => updateId;

    /// <summary>True once the update is recorded as handled or skipped.</summary>
    public bool Finished { get; private set; }

    /// <summary>A message recorded under <paramref name="step"/> by an earlier attempt, if any.</summary>
    public int? Sent(string step) => progress.Sent.TryGetValue(step, out var sent) ? sent.MessageId : null;

    /// <summary>Sends a message before the final reply (a progress note, a placeholder), recorded as soon as Telegram accepts it.</summary>
    public async Task<int> SendAsync(string step, long chatId, string html, int? replyTo, CancellationToken ct)
    {
        if (Sent(step) is { } earlier)
        {
            return earlier;
        }

        await BeforeSendAsync(step, ct);
        var message = await outbox.Sender.SendAsync(chatId, html, replyTo, null, ct);
        await outbox.Store.RecordSentAsync(updateId, new SentMessage(step, chatId, message.MessageId), CancellationToken.None);
        return message.MessageId;
    }

    /// <summary>Sends the final reply (if any) and records it together with "handled".</summary>
    public async Task FinishAsync(Reply? reply, CancellationToken ct)
    {
        var last = reply is null ? null : await DeliverAsync(reply, null, ct);
        await CompleteAsync(new UpdateOutcome(updateId, UpdateState.Handled, LastSent: last));
    }

    /// <summary>
    /// Stores the answer (its id goes into the buttons), sends it, then records the delivered answer, its latency, the
    /// chat's new history turn and "handled" in one transaction.
    /// </summary>
    public async Task FinishAnswerAsync(NewAnswer answer, Reply reply, Func<long, InlineKeyboardMarkup> keyboard, CancellationToken ct)
    {
        var firstStep = Step(0, MessageSplitter.Split(reply.Html).Count);
        var answerId = await outbox.Store.AddAnswerAsync(answer, updateId, firstStep, ct);
        var last = await DeliverAsync(reply with { Keyboard = keyboard(answerId) }, firstStep, ct);
        var delivery = new AnswerDelivery(answerId, last.MessageId, outbox.Time.GetElapsedTime(startedAt), answer.ChatId,
            answer.Question.Text, answer.Answer.Text, outbox.Options.HistoryTurns);
        await CompleteAsync(new UpdateOutcome(updateId, UpdateState.Handled, LastSent: last, Answer: delivery));
    }

    /// <summary>Records the update as skipped for good (unreadable, or failed in a way retrying cannot fix).</summary>
    public Task SkipAsync(string reason)
        => CompleteAsync(new UpdateOutcome(updateId, UpdateState.Skipped, reason));

    /// <summary>Stops a button's spinner, with an optional notice; best effort (a retried update finds the query expired).</summary>
    public async Task AnswerButtonAsync(string queryId, string? notice, CancellationToken ct)
    {
        try
        {
            await outbox.Bot.AnswerCallbackQuery(queryId, notice, cancellationToken: ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            outbox.Logger.LogDebug(ex, "Could not answer callback query of update {UpdateId}", updateId);
        }
    }

    /// <summary>Shows "typing…" in the chat until disposed; never delays anything.</summary>
    public TypingIndicator StartTyping(long chatId, CancellationToken ct)
        => TypingIndicator.Start(outbox.Bot, chatId, TimeSpan.FromMilliseconds(outbox.Options.TypingIntervalMs), outbox.Time, outbox.Logger, ct);

    private async Task<SentMessage> DeliverAsync(Reply reply, string? alreadyMarked, CancellationToken ct)
    {
        var parts = MessageSplitter.Split(reply.Html);
        SentMessage? last = null;
        for (var i = 0; i < parts.Count; i++)
        {
            var step = Step(i, parts.Count);
            var isLast = i == parts.Count - 1;
            var markup = isLast ? reply.Keyboard : null;
            if (i == 0 && reply.Replace is { } placeholder && await TryEditAsync(reply.ChatId, placeholder, parts[i], markup, ct) is { } edited)
            {
                last = new SentMessage(step, reply.ChatId, edited);
            }
            else if (Sent(step) is { } earlier)
            {
                last = new SentMessage(step, reply.ChatId, earlier);
            }
            else
            {
                if (step != alreadyMarked || IsResend(step))
                {
                    await BeforeSendAsync(step, ct); // a resend of the marked answer marks it again, to count it
                }

                var message = await outbox.Sender.SendAsync(reply.ChatId, parts[i], i == 0 ? reply.ReplyTo : null, markup, ct);
                last = new SentMessage(step, reply.ChatId, message.MessageId);
            }

            if (!isLast)
            {
                await outbox.Store.RecordSentAsync(updateId, last, CancellationToken.None);
            }
        }

        return last!;
    }

    private async Task<int?> TryEditAsync(long chatId, int messageId, string html, InlineKeyboardMarkup? markup, CancellationToken ct)
    {
        try
        {
            // Editing is idempotent: a retried update just edits again.
            return (await outbox.Sender.EditAsync(chatId, messageId, html, markup, ct)).MessageId;
        }
        catch (ApiRequestException ex) when (ex.ErrorCode == 400 && ex.Message.Contains("not modified", StringComparison.OrdinalIgnoreCase))
        {
            return messageId; // an earlier attempt already put this text there
        }
        catch (ApiRequestException ex) when (ex.ErrorCode == 400)
        {
            outbox.Logger.LogDebug(ex, "Could not edit message {MessageId}; sending the reply as a new message", messageId);
            return null;
        }
    }

    private async Task BeforeSendAsync(string step, CancellationToken ct)
    {
        var resend = IsResend(step);
        if (resend)
        {
            outbox.Logger.LogWarning(
                "Update {UpdateId}: the last run stopped while sending \"{Step}\"; sending it again (if Telegram had stored it, it shows twice)",
                updateId, step);
        }

        await outbox.Store.MarkSendingAsync(updateId, step, resend, ct);
    }

    private bool IsResend(string step) => progress.SendingStep == step && !progress.Sent.ContainsKey(step);

    private async Task CompleteAsync(UpdateOutcome outcome)
    {
        // Not cancellable: once Telegram has the message, "handled" must be written even during shutdown.
        await outbox.Store.CompleteAsync(outcome, CancellationToken.None);
        Finished = true;
    }

    private static string Step(int part, int parts)
        => parts == 1 ? "reply" : string.Create(CultureInfo.InvariantCulture, $"reply#{part + 1}");
}
