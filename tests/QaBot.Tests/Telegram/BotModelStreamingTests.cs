using QaBot.Tests.Support;

namespace QaBot.Tests.Telegram;

/// <summary>
/// The real bot host with a chat model on loopback: the <see cref="ScriptedModel"/> behind a <see cref="FakeOpenAiServer"/>
/// that streams its answer in a dozen SSE chunks with pauses between them, plus one sentence no article supports.
/// Private chats see drafts, groups an edited reply, and both end with the checked answer; a model that is down
/// gives the offline answer with a one-line note.
/// </summary>
public sealed class BotModelStreamingTests : IAsyncLifetime
{
    private const long Alice = 501;
    private const long Group = -700;
    private const string Question = "What was the trade volume between Russia and China in 2023?";
    private const string Unsupported = " The moon is made of green cheese [2].";
    private const int Chunks = 12;
    private FakeOpenAiServer _model = null!;
    private int _chunksSent;

    public async Task InitializeAsync() => _model = await FakeOpenAiServer.StartAsync(SlowModel);

    public async Task DisposeAsync() => await _model.DisposeAsync();

    [Fact]
    public async Task APrivateChatSeesDraftsWhileTheModelWritesThenTheCheckedAnswer()
    {
        await using var bot = await StartBotAsync();
        var asked = bot.Api.SendText(Alice, Alice, Question);
        var answer = (await bot.Api.WaitForBotMessagesAsync(Alice, 1, TimeSpan.FromSeconds(60))).Single();

        var drafts = bot.Api.Drafts.Where(d => d.ChatId == Alice).ToList();
        Assert.True(drafts.Count >= 2, $"{drafts.Count} drafts for {_chunksSent} chunks");
        Assert.All(drafts, d => Assert.Equal(asked, d.DraftId));
        Assert.All(drafts, d => Assert.EndsWith(" …", d.Text, StringComparison.Ordinal));
        for (var i = 1; i < drafts.Count; i++)
        {
            Assert.StartsWith(drafts[i - 1].Text[..^2], drafts[i].Text, StringComparison.Ordinal); // each draft extends the last
        }

        var calls = bot.Api.Calls.Select(c => c.Method).ToList();
        Assert.True(calls.LastIndexOf("sendMessageDraft") < calls.IndexOf("sendMessage"), "the final answer comes after the drafts");
        Assert.Contains(_model.Requests, r => r.Stream);
        Assert.Equal(asked, answer.ReplyTo);
        Assert.Equal("html", answer.ParseMode, ignoreCase: true);
        Assert.Contains("228", answer.Text, StringComparison.Ordinal);
        Assert.Matches(@"\[1\]", answer.Text);
        Assert.Contains("Sources", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("cheese", answer.Text, StringComparison.Ordinal); // the checker dropped it
        Assert.Contains("1 sentence(s) of the model's answer that the articles do not support were removed", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AGroupSeesOneReplyEditedNoMoreOftenThanTheIntervalThatBecomesTheCheckedAnswer()
    {
        await using var bot = await StartBotAsync();
        bot.Api.OpenChat(Group);
        var asked = bot.Api.SendText(Group, Alice, "/ask " + Question);
        await bot.Api.WaitUntilAsync(
            a => a.BotMessages(Group) is [{ Text: var text }] && text.Contains("Sources", StringComparison.Ordinal),
            TimeSpan.FromSeconds(60), "the checked answer in the group");

        var message = bot.Api.BotMessages(Group).Single();
        var edits = bot.Api.Calls.Count(c => c.Method == "editMessageText" && (long?)c.Body["chat_id"] == Group);
        Assert.Equal(asked, message.ReplyTo);
        Assert.Equal(edits, message.Edits);
        // Chunks come every 60 ms for at least 660 ms and edits at most every 500 ms: the placeholder, at least one
        // streaming edit, the final edit — and far fewer edits than chunks.
        Assert.True(edits >= 2, $"{edits} edits: {string.Join(", ", bot.Api.Calls.Select(c => $"{c.Method} {c.At:ss.fff} {c.Status}"))}");
        Assert.True(edits - 1 <= _chunksSent / 2, $"{edits - 1} streaming edits for {_chunksSent} chunks: not throttled");
        Assert.Contains("Sources", message.Text, StringComparison.Ordinal);
        Assert.Contains("228", message.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("cheese", message.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(bot.Api.Drafts, d => d.ChatId == Group);
    }

    [Fact]
    public async Task WithTheModelDownTheUserGetsTheOfflineAnswerWithAOneLineNote()
    {
        _model.Chat = _ => FakeReply.Error(500);
        await using var bot = await StartBotAsync();
        var asked = bot.Api.SendText(Alice, Alice, Question);
        var answer = (await bot.Api.WaitForBotMessagesAsync(Alice, 1, TimeSpan.FromSeconds(60))).Single();

        Assert.Contains(_model.Requests, r => r.Stream);
        Assert.Equal(asked, answer.ReplyTo);
        Assert.Contains("The language model returned HTTP 500; showing the offline answer instead.", answer.Text, StringComparison.Ordinal);
        Assert.Contains("228", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Sources", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(bot.Api.Drafts, d => d.ChatId == Alice);
        Assert.DoesNotContain(bot.Api.Calls, c => c.Method == "sendMessage" && ((string?)c.Body["text"])?.Contains("went wrong", StringComparison.Ordinal) == true);
    }

    private Task<BotHarness> StartBotAsync() => BotHarness.StartAsync(new()
    {
        ["Llm:Provider"] = "OpenAICompatible",
        ["Llm:Endpoint"] = _model.BaseUrl.ToString(),
        ["Llm:Model"] = "scripted",
        ["Llm:MaxRetries"] = "0",
        ["Llm:TimeoutSeconds"] = "20",
        ["Telegram:StreamDraftIntervalMs"] = "50",
        ["Telegram:StreamEditIntervalMs"] = "500",
    });

    /// <summary>The scripted model's answer plus an unsupported sentence, streamed in <see cref="Chunks"/> chunks 60 ms apart.</summary>
    private FakeReply SlowModel(FakeChatRequest request)
    {
        var reply = ScriptedModel.Reply(request);
        if (!request.Stream)
        {
            return reply;
        }

        var text = reply.Text + Unsupported;
        var wordsPerChunk = Math.Max(1, (FakeOpenAiServer.Pieces(text, 1).Count + Chunks - 1) / Chunks);
        _chunksSent = FakeOpenAiServer.Pieces(text, wordsPerChunk).Count;
        return reply with { Text = text, WordsPerChunk = wordsPerChunk, ChunkDelay = TimeSpan.FromMilliseconds(60) };
    }
}
