using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using QaBot.Telegram;
using QaBot.Telegram.Storage;
using QaBot.Tests.Support;

namespace QaBot.Tests.Telegram;

/// <summary>What a crash run found: every question is answered once, twice (duplicates) or never (lost).</summary>
internal sealed record CrashResult(
    int Questions, int Lost, int Duplicates, int Kills, long PossibleDuplicatesCounted, int ResendsLogged, TimeSpan Elapsed, IReadOnlyList<string> Explanations)
{
    public string Summary => string.Create(CultureInfo.InvariantCulture,
        $"{Questions} questions, {Kills} kill -9s in {Elapsed.TotalSeconds:0} s: {Lost} lost, {Duplicates} answered twice ({100.0 * Duplicates / Math.Max(1, Questions):0.###} %); the bot counted {PossibleDuplicatesCounted} possible duplicates and logged {ResendsLogged} resends");
}

/// <summary>
/// The bot as a real process (<c>qabot serve</c>) fed by the loopback Bot API at a steady rate of questions from many
/// users, killed with SIGKILL at random moments and restarted on the same SQLite file, again and again. Afterwards
/// every question's replies are counted; each duplicate is matched with the kill that caused it.
/// </summary>
internal sealed class CrashScenario(FakeBotApi api, string folder, BotMode mode)
{
    private static readonly string[] Questions =
    [
        "When is Xi Jinping expected to visit Moscow?",
        "What was the trade volume between Russia and China in 2023?",
        "How do Putin and Xi describe their relations?",
        "What did Putin and Xi discuss in their video call?",
        "What will the leaders discuss?",
    ];

    private readonly ConcurrentQueue<string> _log = new();
    private readonly List<DateTimeOffset> _kills = [];
    private readonly int _webhookPort = FreePort();
    private Process? _bot;

    /// <summary>Runs the load for <paramref name="kills"/> kills, then lets the bot finish and counts the replies.</summary>
    public async Task<CrashResult> RunAsync(int kills, double questionsPerSecond, int users, TimeSpan maxUptime, int seed = 11)
    {
        var random = new Random(seed);
        var clock = Stopwatch.StartNew();
        await StartBotAsync();
        var asked = new ConcurrentQueue<(long Chat, int MessageId)>();
        using var stopLoad = new CancellationTokenSource();
        var load = Task.Run(async () =>
        {
            for (var i = 0; !stopLoad.IsCancellationRequested; i++)
            {
                var chat = 10_000 + (i % users);
                asked.Enqueue((chat, api.SendText(chat, chat, Questions[i % Questions.Length])));
                var due = TimeSpan.FromSeconds((i + 1) / questionsPerSecond) - clock.Elapsed;
                if (due > TimeSpan.Zero)
                {
                    await Task.Delay(due, CancellationToken.None);
                }
            }
        });

        for (var k = 0; k < kills; k++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(200 + (random.NextDouble() * (maxUptime.TotalMilliseconds - 200))));
            KillBot();
            await StartBotAsync();
        }

        await stopLoad.CancelAsync();
        await load;
        var questions = asked.ToList();
        var answered = await WaitForRepliesAsync(questions, TimeSpan.FromSeconds(120 + (questions.Count / 20.0)));
        KillBot(count: false);
        clock.Stop();

        var duplicates = questions.Where(q => answered.GetValueOrDefault(q) > 1).ToList();
        var stats = await new SqliteBotStore(Path.Combine(folder, "qabot.db"), TimeProvider.System).StatsAsync(default);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Environment.GetEnvironmentVariable("QABOT_CRASH_LOG") is { Length: > 0 } logFile)
        {
            await File.WriteAllLinesAsync(logFile, _log);
        }

        return new CrashResult(
            questions.Count,
            questions.Count(q => answered.GetValueOrDefault(q) == 0),
            duplicates.Sum(q => answered[q] - 1),
            _kills.Count,
            stats.PossibleDuplicates,
            _log.Count(l => l.Contains("sending it again", StringComparison.Ordinal) || l.Contains("shows twice", StringComparison.Ordinal)),
            clock.Elapsed,
            Explain(duplicates));
    }

    private async Task<Dictionary<(long, int), int>> WaitForRepliesAsync(List<(long Chat, int MessageId)> questions, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        var quiet = 0;
        var last = -1;
        while (true)
        {
            var replies = Replies();
            var done = questions.All(q => replies.ContainsKey(q)) && api.PendingUpdates == 0;
            var count = replies.Values.Sum();
            quiet = count == last ? quiet + 1 : 0;
            last = count;
            if ((done && quiet >= 4) || DateTime.UtcNow > deadline)
            {
                return replies; // everything answered and nothing more sent for a second: late duplicates would have shown
            }

            await Task.Delay(250);
        }
    }

    private Dictionary<(long, int), int> Replies()
        => api.AllBotMessages.Where(m => m.ReplyTo is not null).GroupBy(m => (m.ChatId, m.ReplyTo!.Value)).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>For each question answered twice: when its first answer reached Telegram, and the kill that followed.</summary>
    private List<string> Explain(List<(long Chat, int MessageId)> duplicates)
    {
        var sends = api.Calls.Where(c => c.Method == "sendMessage" && c.Status == 200).ToList();
        return [.. duplicates.Select(q =>
        {
            var first = sends.First(c => (long?)c.Body["chat_id"] == q.Chat && (int?)c.Body["reply_parameters"]?["message_id"] == q.MessageId).At;
            var kill = _kills.Where(k => k >= first).Select(k => (DateTimeOffset?)k).FirstOrDefault();
            return kill is { } at
                ? string.Create(CultureInfo.InvariantCulture, $"chat {q.Chat} message {q.MessageId}: Telegram stored the answer, the bot was killed {(at - first).TotalMilliseconds:0} ms later, before recording it")
                : $"chat {q.Chat} message {q.MessageId}: sent twice with no kill after the first (connection lost mid-request?)";
        })];
    }

    private async Task StartBotAsync()
    {
        var environment = new Dictionary<string, string>
        {
            ["Telegram__BotToken"] = FakeBotApi.Token,
            ["Telegram__ApiBaseUrl"] = api.BaseUrl,
            ["Telegram__PollingTimeoutSeconds"] = "1",
            ["Telegram__RateLimit__Capacity"] = "1000",
            ["Telegram__RateLimit__RefillPerMinute"] = "6000",
            ["Telegram__RetryBaseDelayMs"] = "100",
            ["Store__Path"] = Path.Combine(folder, "qabot.db"),
            ["Ingestion__ArticlesPath"] = RepoPaths.Articles,
            ["Embeddings__Provider"] = "None", // restarts in a second; the crash safety does not depend on the vectors
            ["Logging__LogLevel__Default"] = "Warning",
            ["Telegram__MaxConcurrentAnswers"] = Environment.GetEnvironmentVariable("QABOT_CRASH_ANSWERS") ?? "16",
        };
        var ready = api.StartedCount("getUpdates");
        if (mode == BotMode.Webhook)
        {
            environment["Telegram__Mode"] = "Webhook";
            environment["Telegram__WebhookUrl"] = "https://bot.example.org/hook";
            environment["Telegram__WebhookListenUrl"] = $"http://127.0.0.1:{_webhookPort}";
            environment["Telegram__WebhookSecret"] = "crash-test";
            api.WebhookTarget = new Uri($"http://127.0.0.1:{_webhookPort}/hook");
            ready = api.StartedCount("setWebhook");
        }

        var run = _kills.Count;
        var bot = Process.Start(QabotChild.StartInfo(["serve"], environment, folder))!;
        bot.OutputDataReceived += (_, e) => Keep(run, e.Data);
        bot.ErrorDataReceived += (_, e) => Keep(run, e.Data);
        bot.BeginOutputReadLine();
        bot.BeginErrorReadLine();
        _bot = bot;

        // Ready once it polls (or has registered its webhook, whose listener starts right after).
        var method = mode == BotMode.Webhook ? "setWebhook" : "getUpdates";
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (api.StartedCount(method) <= ready)
        {
            if (bot.HasExited || DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"qabot serve did not start (exit {(bot.HasExited ? bot.ExitCode : -1)}): {string.Join('\n', _log.TakeLast(20))}");
            }

            await Task.Delay(50);
        }
    }

    private void KillBot(bool count = true)
    {
        if (_bot is not { } bot)
        {
            return;
        }

        var at = DateTimeOffset.UtcNow;
        bot.Kill(); // SIGKILL: no shutdown code runs
        bot.WaitForExit();
        if (count)
        {
            _kills.Add(at);
        }

        bot.Dispose();
        _bot = null;
    }

    private void Keep(int run, string? line)
    {
        if (!string.IsNullOrWhiteSpace(line))
        {
            _log.Enqueue($"[run {run}] {line}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
