using System.Text;
using QaBot.Core.Ingestion;
using QaBot.Tests.Store.Postgres;
using QaBot.Tests.Support;
using Xunit.Abstractions;

namespace QaBot.Tests.Telegram;

/// <summary>
/// Bot replicas sharing PostgreSQL: three real <c>qabot serve</c> processes in webhook mode behind a round-robin proxy,
/// the Bot API stand-in on loopback, 300 questions from 30 users delivered as Telegram does (retried until a 200), and
/// one replica killed with SIGKILL and restarted, twice, while questions are in flight. Every question must be answered;
/// a second copy is only allowed for a reply that was in flight at the instant its replica was killed (and then counted).
/// </summary>
public sealed class ReplicaTests(ITestOutputHelper output)
{
    private const int Users = 30;
    private const int Questions = 300;
    private const string Secret = "replica-test-secret";

    private static readonly string[] Asked =
    [
        "What was the trade volume between Russia and China in 2023?",
        "Which Kremlin spokesman said Putin and Xi would discuss tensions in Europe?",
        "How did Xi Jinping describe Putin?",
        "According to the Kremlin, how much was Russia-China trade turnover in 2021?",
        "What is the recipe for borscht?",
    ];

    [PostgresFact]
    public async Task EveryQuestionIsAnsweredExactlyOnceWhileAReplicaIsKilledAndRestartedTwice()
    {
        await using var db = await TestDatabases.FreshPostgresAsync();
        var connectionString = db.ConnectionString + ";Maximum Pool Size=20";
        using (var ingest = CoreTestHost.Create(("Store:Provider", "Postgres"), ("Store:ConnectionString", connectionString)))
        {
            await ingest.Get<ArticleIngestor>().EnsureCorpusAsync(default);
        }

        await using var api = await FakeBotApi.StartAsync();
        await using var replicas = await ReplicaProcesses.StartAsync(3, listen => new
        {
            Store = new { Provider = "Postgres", ConnectionString = connectionString },
            Embeddings = new { Provider = "None" },
            Ingestion = new { AutoIngest = false },
            Telegram = new
            {
                BotToken = FakeBotApi.Token, ApiBaseUrl = api.BaseUrl, Mode = "Webhook", WebhookUrl = "https://bot.example.org/telegram",
                WebhookListenUrl = listen, WebhookSecret = Secret, LeaseSeconds = 4, RequestTimeoutSeconds = 10,
                RateLimit = new { Capacity = 1000, RefillPerMinute = 1000 },
            },
            Logging = new { LogLevel = new { Default = "Warning" } },
        });

        // Users ask; "Telegram" delivers each update through the load balancer, retrying until some replica says 200.
        var questions = new List<(long Chat, int MessageId)>();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(15) };
        var redeliveries = 0;
        var deliveries = new List<Task>();
        using var gate = new SemaphoreSlim(8);
        for (var i = 0; i < Questions; i++)
        {
            var chat = 5000 + (i % Users);
            api.OpenChat(chat, "private");
            questions.Add((chat, api.SendText(chat, chat, Asked[i % Asked.Length])));
            foreach (var (_, json) in api.TakeUpdates())
            {
                await gate.WaitAsync();
                deliveries.Add(Task.Run(async () =>
                {
                    try
                    {
                        for (var attempt = 0; !await DeliverAsync(http, replicas.ProxyUrl, json); attempt++)
                        {
                            Interlocked.Increment(ref redeliveries);
                            await Task.Delay(200);
                        }
                    }
                    finally
                    {
                        gate.Release();
                    }
                }));
            }

            if (i is 90 or 200)
            {
                var victim = i == 90 ? 0 : 1;
                replicas.Kill(victim);
                await Task.Delay(300);
                await replicas.RestartAsync(victim);
            }
            else
            {
                await Task.Delay(15);
            }
        }

        await Task.WhenAll(deliveries);
        await api.WaitUntilAsync(
            a => questions.All(q => a.BotMessages(q.Chat).Any(m => m.ReplyTo == q.MessageId)), TimeSpan.FromSeconds(120), "every question answered");
        await Task.Delay(TimeSpan.FromSeconds(5)); // a late duplicate from a take-over would arrive by now (lease 4 s)

        long flaggedResends;
        await using (var connection = new Npgsql.NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var command = new Npgsql.NpgsqlCommand(
                "SELECT coalesce((SELECT value::bigint FROM qabot.tg_state WHERE key = 'possible_duplicates'), 0)", connection);
            flaggedResends = (long)(await command.ExecuteScalarAsync())!;
        }

        var answersPerQuestion = questions.Select(q => api.BotMessages(q.Chat).Count(m => m.ReplyTo == q.MessageId)).ToList();
        var report = new StringBuilder()
            .AppendLine($"questions: {Questions} from {Users} users; replicas: 3, killed with SIGKILL and restarted: {replicas.Kills}")
            .AppendLine($"answered exactly once: {answersPerQuestion.Count(n => n == 1)}; unanswered: {answersPerQuestion.Count(n => n == 0)}; " +
                $"answered more than once: {answersPerQuestion.Count(n => n > 1)}")
            .AppendLine($"webhook deliveries retried (a replica down or killed mid-request): {redeliveries}")
            .AppendLine($"taken over mid-send and sent again (the killed replica may have sent it already): {flaggedResends}")
            .ToString();
        output.WriteLine(report);

        // No question is lost, and none is answered twice except where a replica was killed between Telegram storing
        // its reply and the replica recording that (the Bot API has no idempotency key, so whoever takes over cannot
        // know and sends again): each such case is known and counted (/stats "possible duplicates"), none comes from
        // two live replicas racing for one update.
        Assert.True(answersPerQuestion.All(n => n is 1 or 2), report + "\n" + replicas.Log(0) + replicas.Log(1));
        Assert.True(answersPerQuestion.Count(n => n == 2) <= flaggedResends, report);
    }

    private static async Task<bool> DeliverAsync(HttpClient http, string proxy, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, proxy + "/telegram") { Content = content };
        request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", Secret);
        try
        {
            using var response = await http.SendAsync(request);
            return response.IsSuccessStatusCode;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }
}
