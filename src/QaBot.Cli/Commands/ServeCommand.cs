using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using QaBot.Core.Ingestion;
using QaBot.Telegram;
using QaBot.Telegram.Hosting;

namespace QaBot.Cli.Commands;

/// <summary><c>qabot serve</c>: runs the Telegram bot (long polling, or webhook when configured) until Ctrl+C.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var command = new Command("serve", "Run the Telegram bot until Ctrl+C (token: Telegram:BotToken or env Telegram__BotToken)");
        command.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (_, token) =>
        {
            var configuration = CliServices.LoadConfiguration(parse.GetValue(CliRunner.ConfigOption));
            if (string.IsNullOrWhiteSpace(configuration["Telegram:BotToken"]))
            {
                throw new CliUsageException("no bot token: set Telegram:BotToken in appsettings.json or the environment variable Telegram__BotToken (get one from @BotFather)");
            }

            using var host = Build(configuration);
            await using var pollerLock = await PollerLock.AcquireAsync(host.Services, configuration, token);
            await host.RunAsync(token);
            return 0;
        }, ct));
        return command;
    }

    /// <summary>The generic host running the bot (also used by tests and the measurement harness).</summary>
    public static IHost Build(IConfiguration configuration, Action<IServiceCollection>? extra = null)
    {
        var builder = CliHost.CreateBuilder(configuration);
        builder.Services.AddQaBotTelegram(configuration);
        if (configuration.GetValue("Ingestion:Watch", true))
        {
            // Keep up with the news while serving: the articles folder and the feeds (what `qabot watch` runs alone).
            builder.Services.AddQaBotWatch();
        }

        extra?.Invoke(builder.Services);
        return builder.Build();
    }
}
