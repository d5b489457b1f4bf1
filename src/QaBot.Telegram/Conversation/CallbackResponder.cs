using Telegram.Bot;
using Telegram.Bot.Types;
using QaBot.Telegram.Feedback;
using QaBot.Telegram.Rendering;

namespace QaBot.Telegram.Conversation;

/// <summary>
/// Button presses under an answer: a source button replies with the quoted passage, 👍 / 👎 store feedback.
/// Every callback query is answered, so the button's spinner stops.
/// </summary>
public sealed class CallbackResponder(ITelegramBotClient bot, AnswerLog log, ReplySender sender)
{
    /// <summary>Handles one pressed button.</summary>
    public async Task HandleAsync(CallbackQuery query, CancellationToken ct)
    {
        if (!CallbackData.TryParse(query.Data, out var kind, out var answerId, out var value)
            || await log.FindAsync(answerId, ct) is not { } answer)
        {
            await bot.AnswerCallbackQuery(query.Id, "This button has expired — ask the question again.", cancellationToken: ct);
            return;
        }

        if (kind == 'f')
        {
            var up = value == "up";
            await log.VoteAsync(answerId, query.From.Id, query.Message?.Chat.Id ?? answer.ChatId, up, ct);
            await bot.AnswerCallbackQuery(query.Id, up ? "Thanks! 👍 recorded." : "Thanks — 👎 recorded; it helps improve the answers.", cancellationToken: ct);
            return;
        }

        var citation = answer.Citations.FirstOrDefault(c => c.N.ToString(System.Globalization.CultureInfo.InvariantCulture) == value);
        if (citation is null)
        {
            await bot.AnswerCallbackQuery(query.Id, "That source is no longer available.", cancellationToken: ct);
            return;
        }

        await bot.AnswerCallbackQuery(query.Id, cancellationToken: ct);
        await sender.SendAsync(query.Message?.Chat.Id ?? answer.ChatId, AnswerFormatter.Passage(citation), query.Message?.MessageId, null, ct);
    }
}
