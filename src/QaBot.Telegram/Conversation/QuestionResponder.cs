using QaBot.Core;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QaBot.Core.Answering;
using QaBot.Telegram.Feedback;
using QaBot.Telegram.Rendering;
using QaBot.Telegram.Safety;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace QaBot.Telegram.Conversation;

/// <summary>
/// Answers one question: limits first (length, rate), then "typing…" while the answer streams in, then the final
/// cited answer as an HTML reply with source and feedback buttons, and the turn added to the chat's history.
/// </summary>
public sealed class QuestionResponder(
    ITelegramBotClient bot,
    AnswerService answers,
    ChatHistoryStore history,
    AnswerLog log,
    RateLimiter rateLimiter,
    ReplySender sender,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    ILogger<QuestionResponder> logger)
{
    /// <summary>Answers <paramref name="text"/>, asked in <paramref name="message"/>.</summary>
    public async Task AnswerAsync(Message message, string text, CancellationToken ct)
    {
        var started = time.GetTimestamp();
        var o = options.Value;
        var chatId = message.Chat.Id;
        var question = text.Trim();
        if (question.Length == 0)
        {
            await ReplyAsync(message, message.Chat.Type == ChatType.Private
                ? "Please type a question about the articles."
                : "Ask me like this: <code>/ask your question</code>", ct);
            return;
        }

        if (question.Length > o.MaxQuestionChars)
        {
            await ReplyAsync(message, string.Create(CultureInfo.InvariantCulture,
                $"That question is {question.Length} characters long; the limit is {o.MaxQuestionChars}. Please shorten it."), ct);
            return;
        }

        if (!rateLimiter.TryTake(message.From!.Id, out var wait))
        {
            var seconds = (int)Math.Ceiling(wait.TotalSeconds);
            await ReplyAsync(message, string.Create(CultureInfo.InvariantCulture,
                $"You are asking faster than I can keep up — please wait {seconds} s and ask again."), ct);
            return;
        }

        var streamer = new AnswerStreamer(bot, message, TimeSpan.FromMilliseconds(o.StreamDraftIntervalMs),
            TimeSpan.FromMilliseconds(o.StreamEditIntervalMs), time, logger);
        try
        {
            var asked = new Question(question, await history.LoadAsync(chatId, ct));
            var answer = await ProduceAsync(asked, message, streamer, ct);
            var answerId = await log.RecordAsync(chatId, message.From.Id, message.MessageId, asked, answer, ct);
            await sender.SendAsync(chatId, AnswerFormatter.Format(answer), message.MessageId,
                AnswerKeyboard.For(answerId, answer.Citations), ct, streamer.PlaceholderMessageId);
            await log.SetLatencyAsync(answerId, time.GetElapsedTime(started), CancellationToken.None);
            await history.AppendAsync(chatId, question, answer.Text, CancellationToken.None);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            await streamer.DiscardAsync();
            throw;
        }
        catch (QaBotException ex)
        {
            // A user-fixable problem (e.g. the question is over Answering:MaxQuestionChars): say what and how.
            await streamer.DiscardAsync();
            await ReplyAsync(message, char.ToUpperInvariant(ex.Message[0]) + ex.Message[1..], ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Answering failed in chat {ChatId}", chatId);
            await streamer.DiscardAsync();
            await ReplyAsync(message, "Sorry — something went wrong while answering. Please try again in a moment.", ct);
        }
    }

    private async Task<Answer> ProduceAsync(Question question, Message message, AnswerStreamer streamer, CancellationToken ct)
    {
        await using var typing = TypingIndicator.Start(bot, message.Chat.Id,
            TimeSpan.FromMilliseconds(options.Value.TypingIntervalMs), time, logger, ct);
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

    private Task ReplyAsync(Message message, string html, CancellationToken ct)
        => sender.SendAsync(message.Chat.Id, html, message.MessageId, null, ct);
}
