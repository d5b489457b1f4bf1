using System.CommandLine;
using System.Text.Json;
using QaBot.Cli;
using QaBot.Cli.Commands;
using QaBot.Core.Store;

namespace QaBot.Tests.Store.Postgres;

/// <summary>With the store in PostgreSQL, a second long-polling <c>qabot serve</c> for the same bot is refused; webhook replicas are not.</summary>
public sealed class PollerLockTests
{
    [PostgresFact]
    public async Task ASecondPollerForTheSameBotIsRefusedWithAClearMessage()
    {
        await using var db = await TestDatabases.FreshPostgresAsync();
        using var store = new PostgresVectorStore(new StoreOptions { Provider = StoreProvider.Postgres, ConnectionString = db.ConnectionString });
        var folder = Directory.CreateTempSubdirectory("qabot-poller-").FullName;
        var config = Path.Combine(folder, "serve.json");
        await File.WriteAllTextAsync(config, JsonSerializer.Serialize(new
        {
            Store = new { Provider = "Postgres", db.ConnectionString },
            Embeddings = new { Provider = "None" },
            // Nothing listens here: the refusal must come before any Bot API call.
            Telegram = new { BotToken = "4242:secret-part", ApiBaseUrl = "http://127.0.0.1:1", Mode = "Polling" },
        }));

        await using (var first = await store.TryLockAsync("telegram-polling.4242"))
        {
            Assert.NotNull(first);
            var root = new RootCommand { CliRunner.ConfigOption };
            root.Subcommands.Add(ServeCommand.Create());
            var output = new StringWriter();
            var code = await root.Parse(["serve", "--config", config]).InvokeAsync(new InvocationConfiguration { Output = output, Error = output });

            Assert.Equal(1, code);
            Assert.Contains("another `qabot serve` is already polling bot 4242", output.ToString(), StringComparison.Ordinal);
            Assert.Contains("Telegram:Mode=Webhook", output.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain("secret-part", output.ToString(), StringComparison.Ordinal);
            Assert.Null(await store.TryLockAsync("telegram-polling.4242"));
            await using var otherBot = await store.TryLockAsync("telegram-polling.999");
            Assert.NotNull(otherBot);
        }

        // Released when the holder goes away (a killed process drops its connection the same way).
        await using var again = await store.TryLockAsync("telegram-polling.4242");
        Assert.NotNull(again);
        Directory.Delete(folder, recursive: true);
    }

    [PostgresFact]
    public async Task AReleasedLockCanBeTakenAgainAtOnce()
    {
        await using var db = await TestDatabases.FreshPostgresAsync();
        using var store = new PostgresVectorStore(new StoreOptions { Provider = StoreProvider.Postgres, ConnectionString = db.ConnectionString });

        // A restarted poller takes the lock the moment the old one lets go, not when the server gets round to ending
        // the old session.
        for (var i = 0; i < 20; i++)
        {
            var held = await store.TryLockAsync("telegram-polling.77");
            Assert.NotNull(held);
            Assert.Null(await store.TryLockAsync("telegram-polling.77"));
            await held.DisposeAsync();
        }
    }
}
