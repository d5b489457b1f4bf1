using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using QaBot.Core.Ingestion;

namespace QaBot.Cli.Commands;

/// <summary>
/// <c>qabot watch</c>: what <c>serve</c> does to keep up with the news, without the bot — ingests files added, changed or
/// removed under Ingestion:ArticlesPath and polls Ingestion:Feeds, logging each change, until Ctrl+C.
/// </summary>
internal static class WatchCommand
{
    public static Command Create()
    {
        var command = new Command("watch", "Keep the store up to date until Ctrl+C: the articles folder (Ingestion:ArticlesPath) and the feeds (Ingestion:Feeds)");
        command.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (services, token) =>
        {
            var configuration = services.GetRequiredService<IConfiguration>();
            var options = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<IngestionOptions>>().Value;
            if (!Directory.Exists(options.ArticlesPath) && options.Feeds.Count == 0)
            {
                throw new CliUsageException(
                    $"nothing to watch: the articles folder {Path.GetFullPath(options.ArticlesPath)} (Ingestion:ArticlesPath) does not exist and Ingestion:Feeds is empty; create the folder or add a feed address");
            }

            await parse.InvocationConfiguration.Output.WriteLineAsync(
                $"Watching {Path.GetFullPath(options.ArticlesPath)} and {options.Feeds.Count} feed(s) every {options.FeedPollMinutes} min; Ctrl+C stops.");
            using var host = Build(configuration);
            await host.RunAsync(token);
            return 0;
        }, ct));
        return command;
    }

    /// <summary>The generic host running the watcher alone.</summary>
    public static IHost Build(IConfiguration configuration, Action<IServiceCollection>? extra = null)
    {
        var builder = CliHost.CreateBuilder(configuration);
        builder.Services.AddQaBotWatch();
        extra?.Invoke(builder.Services);
        return builder.Build();
    }
}
