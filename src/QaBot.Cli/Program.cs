using System.CommandLine;
using QaBot.Cli;
using QaBot.Cli.Commands;

var root = new RootCommand("QaBot: answers questions from news articles, every claim cited to its source.")
{
    CliRunner.ConfigOption,
};
root.Subcommands.Add(AskCommand.Create());
root.Subcommands.Add(ServeCommand.Create());
root.Subcommands.Add(FeedbackCommand.Create());

// `serve` finishes the answers in flight on Ctrl+C (Telegram:ShutdownTimeoutSeconds); the default 2 s would cut them off.
return await root.Parse(args).InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = TimeSpan.FromSeconds(120) });
