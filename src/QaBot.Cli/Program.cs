using System.CommandLine;
using QaBot.Cli;
using QaBot.Cli.Commands;

var root = new RootCommand("QaBot: answers questions from news articles, every claim cited to its source.")
{
    CliRunner.ConfigOption,
};
root.Subcommands.Add(AskCommand.Create());
root.Subcommands.Add(ChatCommand.Create());
root.Subcommands.Add(IngestCommand.Create());
root.Subcommands.Add(SourcesCommand.Create());
root.Subcommands.Add(EvalCommand.Create());
root.Subcommands.Add(ServeCommand.Create());
root.Subcommands.Add(WatchCommand.Create());
root.Subcommands.Add(FeedbackCommand.Create());
root.Subcommands.Add(BenchCommand.Create());
root.Subcommands.Add(MigrateCommand.Create());

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors)
    {
        await Console.Error.WriteLineAsync($"error: {error.Message}");
    }

    await Console.Error.WriteLineAsync("Run 'qabot --help' for usage.");
    return 2;
}

// `serve` finishes the answers in flight on Ctrl+C (Telegram:ShutdownTimeoutSeconds); the default 2 s would cut them off.
return await parse.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = TimeSpan.FromSeconds(120) });
