using System.Text.Json.Nodes;

namespace QaBot.Tests.Telegram;

/// <summary>End-to-end conversations that do not need an answer from the core: commands, limits, access, odd updates.</summary>
public sealed class BotConversationTests
{
    private const long Alice = 501;
    private const long Admin = 900;

    [Fact]
    public async Task StartupRegistersTheCommandMenuAndSwitchesToPolling()
    {
        await using var bot = await BotHarness.StartAsync();
        var calls = bot.Api.Calls.Select(c => c.Method).ToList();
        Assert.Contains("getMe", calls);
        Assert.Contains("deleteWebhook", calls);
        var commands = bot.Api.Commands!.Select(c => (string)c!["command"]!).ToList();
        Assert.Equal(["start", "ask", "latest", "sources", "reset", "help"], commands);
        await bot.Api.WaitUntilAsync(a => a.Calls.Any(c => c.Method == "getUpdates"), what: "polling");
    }

    [Fact]
    public async Task HelpIsAnsweredAsAReplyInHtml()
    {
        await using var bot = await BotHarness.StartAsync();
        var asked = bot.Api.SendText(Alice, Alice, "/help");
        var reply = (await bot.Api.WaitForBotMessagesAsync(Alice, 1)).Single();
        Assert.Equal(asked, reply.ReplyTo);
        Assert.Equal("html", reply.ParseMode, ignoreCase: true);
        Assert.Contains("/ask question", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NonTextUpdatesNeverStopTheBotAndPrivateOnesGetAHint()
    {
        await using var bot = await BotHarness.StartAsync();
        const long group = -100;
        bot.Api.OpenChat(group);
        bot.Api.SendNonText(Alice, Alice, new JsonObject { ["sticker"] = Sticker() });
        bot.Api.SendNonText(group, Alice, new JsonObject { ["sticker"] = Sticker() });
        bot.Api.SendNonText(group, Alice, new JsonObject { ["new_chat_members"] = new JsonArray(FakeBotApi.UserJson(777, "newbie")) });
        bot.Api.SendRawUpdate(new JsonObject { ["edited_message"] = new JsonObject { ["message_id"] = 1, ["date"] = 0, ["chat"] = new JsonObject { ["id"] = Alice, ["type"] = "private" }, ["text"] = "edited" } });
        bot.Api.SendRawUpdate(new JsonObject { ["channel_post"] = new JsonObject { ["message_id"] = 1, ["date"] = 0, ["chat"] = new JsonObject { ["id"] = -200, ["type"] = "channel", ["title"] = "c" }, ["text"] = "post" } });
        bot.Api.SendText(Alice, Alice, "/help");

        var replies = await bot.Api.WaitForBotMessagesAsync(Alice, 2);
        Assert.Contains("only read text", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("How to ask", replies[1].Text, StringComparison.Ordinal);
        Assert.Empty(bot.Api.BotMessages(group));
        Assert.Empty(bot.Api.BotMessages(-200));
    }

    [Fact]
    public async Task GroupChatterIsIgnoredButCommandsAreAnswered()
    {
        await using var bot = await BotHarness.StartAsync();
        const long group = -101;
        bot.Api.OpenChat(group);
        bot.Api.SendText(group, Alice, "What did Putin say about Xi?");
        bot.Api.SendText(group, Alice, "/help@other_bot");
        bot.Api.SendText(group, Alice, $"/help@{FakeBotApi.BotUsername}");
        var replies = await bot.Api.WaitForBotMessagesAsync(group, 1);
        await bot.WaitForIdleAsync();
        Assert.Single(bot.Api.BotMessages(group));
        Assert.Contains("How to ask", replies[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StrangersAreRefusedWhenAnAllowlistIsSet()
    {
        await using var bot = await BotHarness.StartAsync(new() { ["Telegram:AllowedUserIds:0"] = "42" });
        bot.Api.SendText(Alice, Alice, "Who visited Moscow?");
        bot.Api.SendText(42, 42, "/help");
        var refusal = (await bot.Api.WaitForBotMessagesAsync(Alice, 1)).Single();
        Assert.Contains("this bot is private", refusal.Text, StringComparison.Ordinal);
        Assert.Contains(Alice.ToString(System.Globalization.CultureInfo.InvariantCulture), refusal.Text, StringComparison.Ordinal);
        Assert.Contains("How to ask", (await bot.Api.WaitForBotMessagesAsync(42, 1)).Single().Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminCommandsAreForAdminsOnly()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.Api.SendText(Alice, Alice, "/stats");
        bot.Api.SendText(Admin, Admin, "/stats");
        Assert.Contains("only the bot's admins", (await bot.Api.WaitForBotMessagesAsync(Alice, 1)).Single().Text, StringComparison.Ordinal);
        var stats = (await bot.Api.WaitForBotMessagesAsync(Admin, 1)).Single().Text;
        Assert.Contains("Questions answered: 0", stats, StringComparison.Ordinal);
        Assert.Contains("Index:", stats, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TooLongAndEmptyQuestionsAreRefusedWithTheReason()
    {
        await using var bot = await BotHarness.StartAsync(new() { ["Telegram:MaxQuestionChars"] = "20" });
        bot.Api.SendText(Alice, Alice, "When exactly did the two leaders last meet in person?");
        bot.Api.SendText(Alice, Alice, "/ask");
        var replies = await bot.Api.WaitForBotMessagesAsync(Alice, 2);
        Assert.Contains("the limit is 20", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("Please type a question", replies[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvisibleOrMarkupOnlyMessagesAskForAQuestionAndAnOversizedCommandEntityIsStillAnswered()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.Api.SendText(Alice, Alice, "\u200B");
        bot.Api.SendText(Alice, Alice, "</blockquote><b>");
        bot.Api.SendRawUpdate(new JsonObject
        {
            ["message"] = new JsonObject
            {
                ["message_id"] = 90, ["date"] = 1700000000,
                ["chat"] = new JsonObject { ["id"] = Alice, ["type"] = "private", ["first_name"] = "A" },
                ["from"] = FakeBotApi.UserJson(Alice, "alice"),
                ["text"] = "/help",
                ["entities"] = new JsonArray(new JsonObject { ["type"] = "bot_command", ["offset"] = 0, ["length"] = 64 }),
            },
        });

        var replies = await bot.Api.WaitForBotMessagesAsync(Alice, 3);
        Assert.All(replies.Take(2), r => Assert.Contains("Please type a question", r.Text, StringComparison.Ordinal));
        Assert.Contains("How to ask", replies[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RateLimitAsksToWaitInsteadOfStayingSilent()
    {
        await using var bot = await BotHarness.StartAsync(new()
        {
            ["Telegram:RateLimit:Capacity"] = "1",
            ["Telegram:RateLimit:RefillPerMinute"] = "2",
        });
        bot.Api.SendText(Alice, Alice, "Who is Lavrov?");
        bot.Api.SendText(Alice, Alice, "Who is Xi?");
        var replies = await bot.Api.WaitForBotMessagesAsync(Alice, 2);
        Assert.Matches(@"please wait (29|30) s", replies[1].Text);
    }

    private static JsonObject Sticker() => new()
    {
        ["file_id"] = "f1", ["file_unique_id"] = "u1", ["type"] = "regular", ["width"] = 512, ["height"] = 512,
        ["is_animated"] = false, ["is_video"] = false,
    };
}
