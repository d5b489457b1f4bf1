using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using QaBot.Telegram;
using QaBot.Telegram.Api;
using QaBot.Telegram.Conversation;
using QaBot.Telegram.Rendering;
using QaBot.Telegram.Storage;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace QaBot.Tests.Telegram;

/// <summary>The streaming and sending parts with the real Telegram.Bot client against the loopback Bot API.</summary>
public sealed class StreamingAndSplittingTests : IAsyncLifetime
{
    private const long Alice = 501;
    private const long Group = -300;
    private readonly FakeTimeProvider _clock = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("qabot-turn-").FullName;
    private FakeBotApi _api = null!;
    private ResilientBotClient _bot = null!;
    private Outbox _outbox = null!;

    public async Task InitializeAsync()
    {
        _api = await FakeBotApi.StartAsync();
        var options = new TelegramOptions { BotToken = FakeBotApi.Token, ApiBaseUrl = _api.BaseUrl };
        _bot = new ResilientBotClient(options, new HttpClient(), TimeProvider.System, NullLogger<ResilientBotClient>.Instance);
        _outbox = new Outbox(_bot, new SqliteBotStore(Path.Combine(_folder, "bot.db"), _clock),
            new MessageSender(_bot, NullLogger<MessageSender>.Instance), Options.Create(options), _clock, NullLogger<Outbox>.Instance);
    }

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task PrivateChatsStreamDraftsNoMoreOftenThanTheInterval()
    {
        var question = Question(Alice, ChatType.Private, _api.SendText(Alice, Alice, "Who met?"));
        var streamer = Streamer(question, await TurnAsync(1, Alice));
        await streamer.ShowAsync("Putin", default);
        await streamer.ShowAsync("Putin and", default); // too soon: skipped
        _clock.Advance(TimeSpan.FromMilliseconds(350));
        await streamer.ShowAsync("Putin and Xi met [1].", default);

        Assert.Equal(["Putin …", "Putin and Xi met [1]. …"], _api.Drafts.Select(d => d.Text));
        Assert.All(_api.Drafts, d => Assert.Equal(question.MessageId, d.DraftId));
        Assert.Null(streamer.PlaceholderMessageId);
        Assert.Empty(_api.BotMessages(Alice));
    }

    [Fact]
    public async Task GroupsStreamByEditingOneReplyThatBecomesTheFinalAnswer()
    {
        _api.OpenChat(Group);
        var question = Question(Group, ChatType.Supergroup, _api.SendText(Group, Alice, "/ask who met?"));
        var turn = await TurnAsync(2, Group);
        var streamer = Streamer(question, turn);
        await streamer.ShowAsync("Putin", default);
        _clock.Advance(TimeSpan.FromMilliseconds(500));
        await streamer.ShowAsync("Putin and", default); // within 1 s of the last edit: skipped
        _clock.Advance(TimeSpan.FromMilliseconds(600));
        await streamer.ShowAsync("Putin and Xi", default);
        await turn.FinishAsync(new Reply(Group, "Putin and Xi met <b>[1]</b>.", question.MessageId, AnswerKeyboard.For(1, []), streamer.PlaceholderMessageId), default);

        var message = Assert.Single(_api.BotMessages(Group));
        Assert.Equal(("Putin and Xi met [1].", question.MessageId, 2), (message.Text, message.ReplyTo!.Value, message.Edits));
        Assert.Equal(["f:1:up", "f:1:down"], message.Buttons.Select(b => b.Data));
        Assert.Empty(_api.Drafts);
    }

    [Fact]
    public async Task LongAnswersArriveAsSeveralValidMessagesWithButtonsOnTheLast()
    {
        var asked = _api.SendText(Alice, Alice, "Tell me everything");
        var html = string.Join("\n\n", Enumerable.Range(1, 12).Select(i =>
            $"<b>Part {i}</b>: " + string.Concat(Enumerable.Repeat("Trade &amp; energy ties &lt;deepened&gt; [1]. ", 20))));
        await (await TurnAsync(3, Alice)).FinishAsync(new Reply(Alice, html, asked, AnswerKeyboard.For(3, [])), default);

        var messages = _api.BotMessages(Alice);
        Assert.Equal(MessageSplitter.Split(html).Count, messages.Count);
        Assert.True(messages.Count >= 3);
        Assert.Equal(asked, messages[0].ReplyTo);
        Assert.All(messages.Skip(1), m => Assert.Null(m.ReplyTo));
        Assert.All(messages.SkipLast(1), m => Assert.Empty(m.Buttons));
        Assert.NotEmpty(messages[^1].Buttons);
        Assert.All(messages, m => Assert.True(m.Text.Length <= 4096));
        Assert.Equal(12, messages.Sum(m => m.Text.Split("Part ").Length - 1));
        Assert.Contains("Trade & energy ties <deepened> [1].", messages[0].Text, StringComparison.Ordinal);
    }

    private AnswerStreamer Streamer(Message question, Turn turn)
        => new(_bot, turn, question, TimeSpan.FromMilliseconds(300), TimeSpan.FromSeconds(1), _clock, NullLogger.Instance);

    [Fact]
    public async Task AReplySentAgainAfterAStopIsCountedBeforeItIsSentSoAnotherStopCannotLoseTheCount()
    {
        // Run 1 stopped while sending the reply: Telegram may have it. Run 2 sends it again and stops before recording
        // it (here the send fails; a kill -9 right after Telegram stored it looks the same to the store).
        var asked = _api.SendText(Alice, Alice, "Who met?");
        await _outbox.Store.AcceptAsync([new InboxUpdate(4, Alice, "{}")], null, default);
        await _outbox.Store.MarkSendingAsync(4, "reply", resend: false, default);
        _api.Inject("sendMessage", new Fault(Status: 403, Description: "Forbidden: bot was blocked by the user"));

        var turn = await TurnAsync(4, Alice);
        await Assert.ThrowsAsync<ApiRequestException>(
            () => turn.FinishAsync(new Reply(Alice, "Putin and Xi met [1].", asked), default));

        var stats = await _outbox.Store.StatsAsync(default);
        Assert.Equal((1L, 1L), (stats.PossibleDuplicates, stats.PendingUpdates));

        // Run 3 sends it once more and records it: a second possible duplicate, and the update is handled.
        await (await TurnAsync(4, Alice)).FinishAsync(new Reply(Alice, "Putin and Xi met [1].", asked), default);
        Assert.Single(_api.BotMessages(Alice));
        stats = await _outbox.Store.StatsAsync(default);
        Assert.Equal((2L, 0L), (stats.PossibleDuplicates, stats.PendingUpdates));
    }

    private Task<Turn> TurnAsync(int updateId, long chatId) => _outbox.BeginAsync(new InboxUpdate(updateId, chatId, "{}"), default);

    private static Message Question(long chatId, ChatType type, int messageId)
        => new() { Id = messageId, Chat = new Chat { Id = chatId, Type = type }, From = new User { Id = Alice } };
}
