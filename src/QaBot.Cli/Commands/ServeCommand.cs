using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using QaBot.Core;
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
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddConfiguration(configuration);
        builder.Logging.AddConfiguration(configuration.GetSection("Logging"));
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace); // logs on stderr, like every command
        builder.Logging.AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "HH:mm:ss "; });
        // A start-up failure is printed once, as one line, by CliRunner; the host would add a stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);
        builder.Services.AddQaBotCore(configuration);
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
