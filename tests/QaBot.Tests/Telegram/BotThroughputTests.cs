using System.Diagnostics;
using System.Globalization;
using Xunit.Abstractions;

namespace QaBot.Tests.Telegram;

/// <summary>
/// Many chats asking at once through the loopback Bot API: every question answered exactly once, in order per chat.
/// Also reports answers per second and reply latency p50/p95 (test output; QABOT_MEASURE_QUESTIONS scales the load).
/// </summary>
public sealed class BotThroughputTests(ITestOutputHelper output)
{
    private static readonly string[] Questions =
    [
        "When is Xi Jinping expected to visit Moscow?",
        "What did Lavrov say about the visit?",
        "How do Putin and Xi describe their relations?",
        "What did Putin and Xi discuss in their video call?",
        "When will the Russia-Ukraine conflict last one year?",
    ];

    [Fact]
    public async Task ManyChatsAskingAtOnceAreEachAnsweredOnceInOrder()
    {
        var total = int.TryParse(Environment.GetEnvironmentVariable("QABOT_MEASURE_QUESTIONS"), CultureInfo.InvariantCulture, out var n) ? n : 40;
        const int chats = 8;
        await using var bot = await BotHarness.StartAsync(new()
        {
            ["Telegram:RateLimit:Capacity"] = "1000",
            ["Telegram:TypingIntervalMs"] = "4000",
            ["Telegram:RateLimit:RefillPerMinute"] = "6000",
        });
        // Warm-up: the first question ingests the articles and loads the models.
        bot.Api.SendText(1, 1, Questions[0]);
        await bot.Api.WaitForBotMessagesAsync(1, 1, TimeSpan.FromSeconds(120));

        // One at a time: the latency a single user sees on an idle bot.
        var idle = new List<double>();
        for (var i = 0; i < 20; i++)
        {
            var at = Stopwatch.GetTimestamp();
            bot.Api.SendText(2, 2, Questions[i % Questions.Length]);
            await bot.Api.WaitForBotMessagesAsync(2, i + 1, TimeSpan.FromSeconds(30));
            idle.Add(Stopwatch.GetElapsedTime(at).TotalMilliseconds);
        }

        idle.Sort();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"idle bot, one question at a time: reply latency p50 {Percentile(idle, 0.5):0} ms, p95 {Percentile(idle, 0.95):0} ms"));

        var asked = new List<(long Chat, int MessageId, long At)>();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < total; i++)
        {
            var chat = 1000 + (i % chats);
            asked.Add((chat, bot.Api.SendText(chat, chat, Questions[i % Questions.Length]), Stopwatch.GetTimestamp()));
        }

        // A reply is stored before its call is recorded: wait for both, or the last reply's call may not be listed yet.
        await bot.Api.WaitUntilAsync(a => asked.Select(q => q.Chat).Distinct().Sum(c => a.BotMessages(c).Count) >= total
                && a.Calls.Count(c => c.Method == "sendMessage" && c.Status == 200 && (long?)c.Body["chat_id"] >= 1000) >= total,
            TimeSpan.FromSeconds(60 + total), "all answers");
        var elapsed = clock.Elapsed;

        var sends = bot.Api.Calls.Where(c => c.Method == "sendMessage" && c.Status == 200).ToList();
        foreach (var group in asked.GroupBy(q => q.Chat))
        {
            var replies = bot.Api.BotMessages(group.Key);
            Assert.Equal(group.Select(q => q.MessageId), replies.Select(r => r.ReplyTo!.Value)); // once each, in order
            Assert.All(replies, r => Assert.Contains("Sources", r.Text, StringComparison.Ordinal));
        }

        List<double> latencies = [.. asked.Select(q =>
        {
            var sent = sends.First(c => (long?)c.Body["chat_id"] == q.Chat && (int?)c.Body["reply_parameters"]?["message_id"] == q.MessageId);
            return (sent.At - ToWallClock(q.At)).TotalMilliseconds;
        }).Order()];
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"burst of {total} questions from {chats} chats: {total / elapsed.TotalSeconds:0.0} answers/s; reply latency p50 {Percentile(latencies, 0.5):0} ms, p95 {Percentile(latencies, 0.95):0} ms, max {latencies[^1]:0} ms ({Environment.ProcessorCount} cores)"));
    }

    private static DateTimeOffset ToWallClock(long timestamp)
        => DateTimeOffset.UtcNow - Stopwatch.GetElapsedTime(timestamp);

    private static double Percentile(List<double> sorted, double p)
        => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
