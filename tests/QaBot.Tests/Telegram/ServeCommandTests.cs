using System.CommandLine;
using System.Text.Json;
using QaBot.Cli;
using QaBot.Cli.Commands;

namespace QaBot.Tests.Telegram;

/// <summary><c>qabot serve</c> fails fast, in one line, when the token is missing or rejected.</summary>
public sealed class ServeCommandTests
{
    [Fact]
    public async Task AMissingTokenExitsWith2NamingTheSettingAndTheVariable()
    {
        var (exit, error) = await ServeAsync(new { Store = new { Path = "unused.db" } });
        Assert.Equal(2, exit);
        Assert.Contains("Telegram:BotToken", error, StringComparison.Ordinal);
        Assert.Contains("Telegram__BotToken", error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
    }

    [Fact]
    public async Task ARejectedTokenExitsWith1InOneLineWithoutPrintingTheToken()
    {
        await using var api = await FakeBotApi.StartAsync();
        var folder = Directory.CreateTempSubdirectory("qabot-serve-").FullName;
        var (exit, error) = await ServeAsync(new
        {
            Telegram = new { BotToken = "42:not-the-right-token", ApiBaseUrl = api.BaseUrl },
            Store = new { Path = Path.Combine(folder, "qabot.db") },
            Logging = new { LogLevel = new { Default = "None" } },
        });
        Assert.Equal(1, exit);
        Assert.Contains("Telegram rejected the bot token", error, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-right-token", error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
    }

    [Fact]
    public async Task ARejectedWebhookExitsWith1InOneLineNamingTheSetting()
    {
        await using var api = await FakeBotApi.StartAsync();
        api.Inject("setWebhook", new Fault(Status: 400, Description: "Bad Request: bad webhook: Failed to resolve host: Name or service not known"));
        var folder = Directory.CreateTempSubdirectory("qabot-serve-").FullName;
        var (exit, error) = await ServeAsync(new
        {
            Telegram = new
            {
                BotToken = FakeBotApi.Token, ApiBaseUrl = api.BaseUrl, Mode = "Webhook", WebhookUrl = "https://no-such-host.invalid/hook",
                WebhookSecret = "s3cret", WebhookListenUrl = "http://127.0.0.1:0",
            },
            Store = new { Path = Path.Combine(folder, "qabot.db") },
            Ingestion = new { ArticlesPath = QaBot.Tests.Support.RepoPaths.Articles },
            Logging = new { LogLevel = new { Default = "None" } },
        });
        Assert.Equal(1, exit);
        Assert.Contains("Telegram rejected the webhook https://no-such-host.invalid/hook", error, StringComparison.Ordinal);
        Assert.Contains("Telegram:WebhookUrl", error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
    }

    private static async Task<(int Exit, string Error)> ServeAsync(object settings)
    {
        var config = Path.Combine(Directory.CreateTempSubdirectory("qabot-cfg-").FullName, "settings.json");
        await File.WriteAllTextAsync(config, JsonSerializer.Serialize(settings));
        var root = new RootCommand { CliRunner.ConfigOption };
        root.Subcommands.Add(ServeCommand.Create());
        var error = new StringWriter();
        var exit = await root.Parse(["serve", "--config", config]).InvokeAsync(new InvocationConfiguration { Output = TextWriter.Null, Error = error });
        return (exit, error.ToString());
    }
}
